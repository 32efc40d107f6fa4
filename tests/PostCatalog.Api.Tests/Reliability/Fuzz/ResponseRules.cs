using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace PostCatalog.Api.Tests.Reliability.Fuzz;

/// <summary>
/// What every answer must be: a well-formed GraphQL response, or one of the HTTP errors the README documents; never a
/// 5xx; and nothing of the server's insides (file paths, exception type names, stack frames, SQL) in what a client reads.
/// </summary>
public static partial class ResponseRules
{
    /// <summary>The statuses the README documents for /graphql (304 for a GET revalidation).</summary>
    private static readonly HashSet<HttpStatusCode> Documented =
    [
        HttpStatusCode.OK, HttpStatusCode.NotModified, HttpStatusCode.BadRequest, HttpStatusCode.NotFound, HttpStatusCode.MethodNotAllowed,
        HttpStatusCode.NotAcceptable, HttpStatusCode.RequestEntityTooLarge, HttpStatusCode.UnsupportedMediaType,
    ];

    /// <summary>An answer with no data repeats at most this much: errors quote a prefix of the input, never all of it.</summary>
    public const int MaxErrorOnlyResponseBytes = 32 * 1024;

    /// <summary>The broken rules, empty when the answer is fine.</summary>
    public static IReadOnlyList<string> Check(HttpResponseMessage response, string body)
    {
        var problems = new List<string>();
        var status = response.StatusCode;
        if ((int)status >= 500) problems.Add($"server error {(int)status}");
        else if (!Documented.Contains(status)) problems.Add($"undocumented status {(int)status}");

        var type = response.Content.Headers.ContentType;
        if (body.Length == 0) return problems; // 304, 405, 406 carry no body
        if (type?.MediaType == "text/event-stream")
        {
            CheckEventStream(body, status, problems);
            return problems;
        }
        if (!MediaTypes.IsGraphQLJson(type))
        {
            problems.Add($"body of type {type?.MediaType ?? "(none)"} is not a GraphQL response");
            return problems;
        }
        if (type!.CharSet is not null && !type.CharSet.Equals("utf-8", StringComparison.OrdinalIgnoreCase)) problems.Add($"charset {type.CharSet}");

        JsonNode? parsed;
        try { parsed = JsonNode.Parse(body, documentOptions: new JsonDocumentOptions { MaxDepth = 512 }); }
        catch (JsonException ex) { problems.Add("body is not JSON: " + ex.Message); return problems; }

        foreach (var result in parsed is JsonArray batch ? batch.ToList() : [parsed])
            CheckResult(result, status, type.MediaType!, problems);

        var errorText = ErrorText(parsed);
        if (Leak().Match(errorText) is { Success: true } leak) problems.Add($"leaks \"{leak.Value}\" in {Shorten(errorText)}");
        if (!HasData(parsed) && body.Length > MaxErrorOnlyResponseBytes) problems.Add($"an answer without data of {body.Length} bytes echoes its input");
        return problems;
    }

    /// <summary>graphql-sse's distinct connections mode: <c>next</c> events each holding a GraphQL response, then <c>complete</c>.</summary>
    private static void CheckEventStream(string body, HttpStatusCode status, List<string> problems)
    {
        var events = body.Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
        if (events.Length == 0 || events[^1] != "event: complete\ndata: ") problems.Add("an event stream that does not end with a complete event");
        foreach (var next in events.SkipLast(1))
        {
            if (!next.StartsWith("event: next\ndata: ", StringComparison.Ordinal)) { problems.Add($"an event that is not next: {Shorten(next)}"); continue; }
            JsonNode? result;
            try { result = JsonNode.Parse(next["event: next\ndata: ".Length..]); }
            catch (JsonException ex) { problems.Add("a next event that is not JSON: " + ex.Message); continue; }
            CheckResult(result, status, "text/event-stream", problems);
            if (Leak().Match(ErrorText(result)) is { Success: true } leak) problems.Add($"leaks \"{leak.Value}\" in an event");
        }
    }

    private static void CheckResult(JsonNode? result, HttpStatusCode status, string mediaType, List<string> problems)
    {
        if (result is not JsonObject response) { problems.Add("a response that is not a JSON object"); return; }
        foreach (var key in response.Select(p => p.Key))
            if (key is not ("data" or "errors" or "extensions")) problems.Add($"unknown top-level entry \"{key}\"");
        if (!response.ContainsKey("data") && !response.ContainsKey("errors")) problems.Add("neither data nor errors");
        if (response.ContainsKey("errors"))
        {
            if (response["errors"] is not JsonArray { Count: > 0 } errors) { problems.Add("errors is not a non-empty list"); return; }
            foreach (var error in errors)
            {
                if (error?["message"]?.GetValueKind() != JsonValueKind.String) problems.Add("an error without a message");
                if (error?["locations"] is { } locations && locations.AsArray().Any(l => l?["line"] is null || l["column"] is null)) problems.Add("a location without line and column");
                if (error?["path"] is { } path && path is not JsonArray) problems.Add("a path that is not a list");
            }
        }
        // application/graphql-response+json: a 400 never has data, and data (not null) is never a 4xx.
        if (mediaType == FuzzRequest.GraphQLResponseJson && status == HttpStatusCode.BadRequest && response.ContainsKey("data"))
            problems.Add("400 with a data entry");
        if (status == HttpStatusCode.OK && mediaType == FuzzRequest.GraphQLResponseJson && !response.ContainsKey("data") && response.Count > 0
            && response["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>() is not ("HC0020" or "PERSISTED_QUERY_NOT_FOUND" or "HC0045"))
            problems.Add("a request error (no data) answered 200 in application/graphql-response+json");
    }

    private static bool HasData(JsonNode? parsed) => parsed switch
    {
        JsonArray batch => batch.Any(HasData),
        JsonObject response => response["data"] is not null,
        _ => false,
    };

    private static string ErrorText(JsonNode? parsed) => parsed switch
    {
        JsonArray batch => string.Join("\n", batch.Select(ErrorText)),
        JsonObject response => (response["errors"]?.ToJsonString() ?? "") + (response["extensions"]?.ToJsonString() ?? ""),
        _ => "",
    };

    private static string Shorten(string text) => text.Length > 400 ? text[..400] + "…" : text;

    // Paths, stack frames, exception and namespace names, SQL: none belongs in what a client reads.
    [GeneratedRegex(@"(/(work|home|tmp|usr|src|root)/|[A-Za-z]:\\\\|\.cs\b|\bat [A-Z]\w+(\.\w+)+\(|Exception\b|StackTrace|\bSystem\.\w|\bMicrosoft\.\w|EntityFramework|SQLite|\bSELECT\b|\bFROM\s+""|\bWHERE\b|\binner exception\b)")]
    private static partial Regex Leak();
}
