using System.Net;
using System.Text.Json.Nodes;
using PostCatalog.Api.Tests.Infrastructure;

namespace PostCatalog.Api.Tests.Http.Incremental;

/// <summary>
/// @defer and @stream over HTTP: multipart/mixed parts as Apollo Client 4 and HotChocolate read them when the request
/// accepts multipart/mixed, and one complete JSON response when it does not.
/// </summary>
public sealed class MultipartDeferTests(CatalogApiFactory api) : IClassFixture<CatalogApiFactory>
{
    private const string DeferredTitles = """{"query":"{ posts(first: 2, order: { title: ASC }) { nodes { id ... @defer(label: \"titles\") { title } } } }"}""";

    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task A_deferred_fragment_arrives_as_a_later_multipart_part_under_its_pending_id()
    {
        var (response, body) = await PostAsync(DeferredTitles, "multipart/mixed;incrementalSpec=v0.2, application/graphql-response+json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("multipart/mixed; boundary=\"-\"", response.Content.Headers.ContentType?.ToString());
        Assert.StartsWith("\r\n---\r\nContent-Type: application/json; charset=utf-8\r\n\r\n", body);
        Assert.EndsWith("\r\n-----\r\n", body);

        var parts = Parts(body);
        Assert.Equal(2, parts.Count);
        var initial = parts[0];
        Assert.True((bool)initial["hasNext"]!);
        var nodes = initial["data"]!["posts"]!["nodes"]!.AsArray();
        Assert.Equal(2, nodes.Count);
        Assert.All(nodes, node => Assert.Null(node!["title"]));
        var pending = initial["pending"]!.AsArray();
        Assert.Equal(["0", "1"], pending.Select(p => (string)p!["id"]!));
        Assert.Equal("""["posts","nodes",0]""", pending[0]!["path"]!.ToJsonString());
        Assert.All(pending, p => Assert.Equal("titles", (string)p!["label"]!));

        var rest = parts[1];
        Assert.False((bool)rest["hasNext"]!);
        var incremental = rest["incremental"]!.AsArray();
        Assert.Equal(["0", "1"], incremental.Select(i => (string)i!["id"]!));
        Assert.All(incremental, i => Assert.False(string.IsNullOrEmpty((string?)i!["data"]!["title"])));
        Assert.Equal(["0", "1"], rest["completed"]!.AsArray().Select(c => (string)c!["id"]!));
    }

    [Fact]
    public async Task A_streamed_list_sends_its_first_items_then_the_rest()
    {
        var (response, body) = await PostAsync(
            """{"query":"{ categories(first: 5) { nodes @stream(initialCount: 1) { slug } } }"}""", "multipart/mixed");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var parts = Parts(body);
        Assert.Single(parts[0]["data"]!["categories"]!["nodes"]!.AsArray());
        Assert.Equal("""["categories","nodes"]""", parts[0]["pending"]![0]!["path"]!.ToJsonString());
        var items = parts[1]["incremental"]![0]!["items"]!.AsArray();
        Assert.NotEmpty(items);
        Assert.Equal("0", (string)parts[1]["completed"]![0]!["id"]!);
    }

    [Fact]
    public async Task Without_multipart_in_Accept_the_deferred_fields_come_in_one_JSON_response()
    {
        var (response, body) = await PostAsync(DeferredTitles, "application/graphql-response+json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/graphql-response+json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        var json = JsonNode.Parse(body)!;
        Assert.Null(json["hasNext"]);
        Assert.All(json["data"]!["posts"]!["nodes"]!.AsArray(), node => Assert.False(string.IsNullOrEmpty((string?)node!["title"])));
    }

    [Fact]
    public async Task A_request_that_defers_nothing_is_answered_as_plain_JSON_even_when_multipart_is_accepted()
    {
        var (response, body) = await PostAsync("""{"query":"{ posts(first: 1) { nodes { id } } }"}""", "multipart/mixed, application/json");

        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.NotNull(JsonNode.Parse(body)!["data"]);
    }

    [Fact]
    public async Task A_label_that_is_not_a_string_literal_is_a_validation_error()
    {
        var (response, body) = await PostAsync(
            """{"query":"query($l: String) { posts(first: 1) { nodes { ... @defer(label: $l) { title } } } }"}""",
            "multipart/mixed, application/graphql-response+json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Argument \\\"@defer(label:)\\\" must be a static string.", body);
    }

    private async Task<(HttpResponseMessage Response, string Body)> PostAsync(string json, string accept)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Accept", accept);
        var response = await _client.SendAsync(request);
        return (response, await response.Content.ReadAsStringAsync());
    }

    // The JSON of each part between the "---" delimiters (the body ends with "-----").
    private static List<JsonNode> Parts(string body) =>
        body.Split("\r\n---")
            .Select(part => part.Trim())
            .Where(part => part.StartsWith("Content-Type:", StringComparison.Ordinal))
            .Select(part => JsonNode.Parse(part[(part.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..])!)
            .ToList();
}
