using System.Text;
using System.Text.Json.Nodes;

namespace PostCatalog.Api.Tests.Reliability.Fuzz;

/// <summary>
/// The shapes an attacker or an unlucky client sends: deep nesting, huge strings, alias and fragment bombs, long lists,
/// bad bytes, wrong content types, malformed JSON, odd methods and headers. Each must get a documented answer.
/// </summary>
public static class HostileRequests
{
    private const string Post = "{ posts(first: 1) { nodes { title } } }";

    public static IEnumerable<FuzzRequest> All()
    {
        // --- nesting and size ---
        yield return FuzzRequest.Operation("selection nested 40 deep", Nest(40));
        yield return FuzzRequest.Operation("100,000 open braces", new string('{', 100_000));
        yield return FuzzRequest.Operation("list literal nested 5,000 deep", "{ posts(where: { title: { in: " + new string('[', 5_000) + "\"x\"" + new string(']', 5_000) + " } }) { totalCount } }");
        yield return FuzzRequest.Operation("filter nested 200 deep in a literal", "{ posts(where: " + NestedAnd(200) + ") { totalCount } }");
        yield return FuzzRequest.Post("filter nested 100 deep in variables",
            "{\"query\":\"query($w: PostFilterInput) { posts(where: $w) { totalCount } }\",\"variables\":{\"w\":" + NestedAndJson(100) + "}}");
        yield return FuzzRequest.Post("JSON nested 2,000 deep in variables",
            "{\"query\":\"{ __typename }\",\"variables\":{\"a\":" + new string('[', 2_000) + new string(']', 2_000) + "}}");
        yield return FuzzRequest.Operation("1 MB string literal in search", "{ searchPosts(query: \"" + new string('a', 1_000_000) + "\") { totalCount } }");
        yield return FuzzRequest.Operation("10 MB search query in variables",
            "query($q: String!) { searchPosts(query: $q) { totalCount } }", new JsonObject { ["q"] = new string('x', 10_000_000) });
        yield return FuzzRequest.Operation("1 MB string where an Int goes", "query($n: Int) { posts(first: $n) { totalCount } }",
            new JsonObject { ["n"] = new string('9', 1_000_000) });
        yield return FuzzRequest.Operation("1 MB integer literal", "{ posts(first: " + new string('9', 1_000_000) + ") { totalCount } }");
        yield return FuzzRequest.Operation("1 MB enum-like literal", "{ posts(order: { title: " + new string('A', 1_000_000) + " }) { totalCount } }");
        yield return FuzzRequest.Operation("1 MB field name", "{ " + new string('f', 1_000_000) + " }");
        yield return FuzzRequest.Operation("1 MB cursor", "{ posts(first: 1, after: \"" + new string('Q', 1_000_000) + "\") { totalCount } }");
        yield return FuzzRequest.Operation("100,000-key variables object", "query($w: PostFilterInput) { posts(where: $w) { totalCount } }",
            new JsonObject { ["w"] = new JsonObject(Enumerable.Range(0, 100_000).Select(i => KeyValuePair.Create("k" + i, (JsonNode?)i))) });

        // --- bombs ---
        yield return FuzzRequest.Operation("5,000 aliases", "{ " + string.Join(" ", Enumerable.Range(0, 5_000).Select(i => $"a{i}: posts(first: 50) {{ totalCount }}")) + " }");
        yield return FuzzRequest.Operation("20,000 __typename aliases", "{ " + string.Join(" ", Enumerable.Range(0, 20_000).Select(i => $"t{i}: __typename")) + " }");
        yield return FuzzRequest.Operation("fragment bomb 2^30", FragmentBomb(30));
        yield return FuzzRequest.Operation("fragment cycle", "{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }");
        yield return FuzzRequest.Operation("10,000 directives", "{ __typename " + string.Concat(Enumerable.Repeat("@skip(if: false) ", 10_000)) + "}");
        yield return FuzzRequest.Operation("10,000 operations", string.Concat(Enumerable.Range(0, 10_000).Select(i => $"query Q{i} {{ __typename }} ")));
        yield return FuzzRequest.Operation("10,000 variables declared",
            "query(" + string.Join(", ", Enumerable.Range(0, 10_000).Select(i => $"$v{i}: Int")) + ") { __typename }");

        // --- long lists ---
        yield return FuzzRequest.Operation("2,000 values in an in-list", "{ posts(where: { title: { in: [" +
            string.Join(", ", Enumerable.Range(0, 2_000).Select(i => $"\"t{i}\"")) + "] } }) { totalCount } }");
        yield return FuzzRequest.Operation("2,000 ids in nodes", "{ nodes(ids: [" + string.Join(", ", Enumerable.Range(0, 2_000).Select(i => $"\"{Id("Post", i)}\"")) + "]) { id } }");
        yield return FuzzRequest.Operation("500 sort entries", "{ posts(first: 2, order: [" + string.Concat(Enumerable.Repeat("{ title: ASC } ", 500)) + "]) { nodes { title } } }");

        // --- search text the FTS5 syntax would choke on ---
        foreach (var text in new[] { "\"unbalanced", "NEAR(", "*", "a OR", "^x", "title:x", "AND", "(((", "'", "\\", "\u0000", "😀", "-", "\"\"" })
            yield return FuzzRequest.Operation($"search for {Show(text)}", "query($q: String!) { searchPosts(query: $q) { totalCount nodes { title } } }",
                new JsonObject { ["q"] = text });

        // --- bytes ---
        yield return FuzzRequest.PostBytes("invalid UTF-8 in a JSON string", [.. "{\"query\":\"{ __typename } #"u8, 0xC3, 0x28, .. "\"}"u8], "application/json");
        yield return FuzzRequest.PostBytes("UTF-16 surrogate encoded as UTF-8", [.. "{\"query\":\"{ __typename } #"u8, 0xED, 0xA0, 0x80, .. "\"}"u8], "application/json");
        yield return FuzzRequest.PostBytes("invalid UTF-8 in application/graphql", [.. "{ __typename } #"u8, 0xFF], "application/graphql");
        yield return FuzzRequest.PostBytes("a UTF-8 byte order mark", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes($"{{\"query\":\"{Post}\"}}")], "application/json");
        yield return FuzzRequest.Get("invalid UTF-8 in a GET query", "query=%7B%20__typename%20%7D%20%23%FF");
        yield return FuzzRequest.Operation("NUL in the document", "{ __typename }\u0000");
        yield return FuzzRequest.Operation("control characters in a string", "{ posts(where: { title: { eq: \"\u0001\u0002\u001f\" } }) { totalCount } }");
        yield return FuzzRequest.PostBytes("a body of random bytes", RandomBytes(4096), "application/json");

        // --- content types, methods, headers ---
        foreach (var type in new[] { "text/plain", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "application/json; charset=utf-16",
                     "application/json; charset=\"", "???", "application/xml", "" })
            yield return FuzzRequest.Post($"content type {Show(type)}", $"{{\"query\":\"{Post}\"}}", contentType: type);
        yield return FuzzRequest.PostBytes("no content type", Encoding.UTF8.GetBytes($"{{\"query\":\"{Post}\"}}"), null);
        foreach (var accept in new[] { "text/csv", ";;;", "application/graphql-response+json;q=0", "*/*;q=abc", "application/json; charset=latin1", "text/html", "text/event-stream" })
            yield return FuzzRequest.Post($"accept {Show(accept)}", $"{{\"query\":\"{Post}\"}}", accept);
        foreach (var method in new[] { "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "TRACE" })
            yield return new FuzzRequest($"method {method}", new HttpMethod(method), "/graphql", null, null, FuzzRequest.GraphQLResponseJson);
        yield return FuzzRequest.Get("GET mutation", "query=" + Uri.EscapeDataString("mutation { x }"));
        yield return FuzzRequest.Get("GET with variables that are not JSON", "query=" + Uri.EscapeDataString(Post) + "&variables=%7Bnope");
        yield return FuzzRequest.Get("GET with 100 KB of query string", "query=" + Uri.EscapeDataString("{ __typename " + new string(' ', 100_000) + "}"));
        yield return FuzzRequest.Get("GET with the query repeated", "query=%7B__typename%7D&query=%7Bposts%7BtotalCount%7D%7D");

        // --- JSON that is not a request ---
        foreach (var json in new[] { "", "null", "123", "\"text\"", "true", "{", "{\"query\":", "{\"query\":1}", "{\"query\":null}", "{\"query\":[]}",
                     "{\"query\":\"{ __typename }\",\"variables\":\"x\"}", "{\"query\":\"{ __typename }\",\"variables\":[1]}",
                     "{\"query\":\"{ __typename }\",\"operationName\":5}", "{\"query\":\"{ __typename }\",\"extensions\":7}",
                     "{\"query\":\"{ __typename }\",\"query\":\"{ posts { totalCount } }\"}", "{\"id\":\"../../etc/passwd\"}", "{\"id\":\"\"}",
                     "{\"query\":\"query($n: Int) { posts(first: $n) { totalCount } }\",\"variables\":{\"n\":1e999}}",
                     "{\"query\":\"query($n: Float) { __typename }\",\"variables\":{\"n\":1e999}}",
                     "{\"query\":\"{ __typename }\",\"extensions\":{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"00\"}}}",
                     "{\"extensions\":{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + new string('a', 64) + "\"}}}",
                     "[{\"query\":\"{ __typename }\"}]", "[]", "[1,2]", "{\"query\":\"{ __typename }\"} trailing" })
            yield return FuzzRequest.Post($"JSON {Show(json)}", json);

        // --- values and names ---
        yield return FuzzRequest.Operation("first beyond Int", "{ posts(first: 99999999999999999999) { totalCount } }");
        yield return FuzzRequest.Operation("negative last", "{ posts(last: -5) { totalCount } }");
        yield return FuzzRequest.Operation("first and last", "{ posts(first: 5, last: 5) { nodes { title } } }");
        yield return FuzzRequest.Operation("garbage cursor", "{ posts(first: 2, after: \"" + Convert.ToBase64String(RandomBytes(48)) + "\") { totalCount } }");
        yield return FuzzRequest.Operation("null filter value", "{ posts(where: { title: null }) { totalCount } }");
        yield return FuzzRequest.Operation("empty filter and sort", "{ posts(where: {}, order: []) { totalCount } }");
        yield return FuzzRequest.Operation("unknown directive", "{ __typename @nope }");
        yield return FuzzRequest.Operation("undefined variable", "{ posts(first: $nope) { totalCount } }");
        yield return FuzzRequest.Operation("variable named __proto__", "query($__proto__: Int) { posts(first: $__proto__) { totalCount } }",
            new JsonObject { ["__proto__"] = 1 });
        yield return FuzzRequest.Operation("node of a made-up type", $"{{ node(id: \"{Id("Nope", 1)}\") {{ id }} }}");
        yield return FuzzRequest.Operation("node of a huge key", $"{{ node(id: \"{Id("Post", long.MaxValue)}9\") {{ id }} }}");
        yield return FuzzRequest.Operation("dates out of range", "{ posts(where: { publishedAt: { gte: \"9999-12-31\", lt: \"0001-01-01\" } }) { totalCount } }");
        yield return FuzzRequest.Operation("subscription operation", "subscription { __typename }");
        yield return FuzzRequest.Operation("introspection of everything", LiveSchema.IntrospectionQuery);
    }

    /// <summary>posts -> categories -> posts -> ... <paramref name="depth"/> fields deep.</summary>
    private static string Nest(int depth)
    {
        var open = new StringBuilder();
        for (var i = 0; i < depth / 2; i++) open.Append(i % 2 == 0 ? "posts { nodes { " : "categories { ");
        return "{ " + open + "__typename" + string.Concat(Enumerable.Range(0, depth / 2).Select(i => i % 2 == 0 ? " } }" : " }")) + " }";
    }

    private static string NestedAnd(int depth) =>
        string.Concat(Enumerable.Repeat("{ and: [", depth)) + "{ title: { eq: \"x\" } }" + string.Concat(Enumerable.Repeat("] }", depth));

    private static string NestedAndJson(int depth) =>
        string.Concat(Enumerable.Repeat("{\"and\":[", depth)) + "{\"title\":{\"eq\":\"x\"}}" + string.Concat(Enumerable.Repeat("]}", depth));

    /// <summary>F0 spreads F1 twice, F1 spreads F2 twice, ...: 2^levels selections from a few hundred bytes.</summary>
    private static string FragmentBomb(int levels)
    {
        var text = new StringBuilder("{ ...F0 }");
        for (var i = 0; i < levels; i++) text.Append($" fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }}");
        text.Append($" fragment F{levels} on Query {{ posts(first: 50) {{ totalCount }} }}");
        return text.ToString();
    }

    private static string Id(string type, long key) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"{type}:{key}"));

    private static byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        new Random(count).NextBytes(bytes);
        return bytes;
    }

    private static string Show(string text) => text.Length == 0 ? "(empty)" : text.Length > 40 ? text[..40] + "…" : text;
}
