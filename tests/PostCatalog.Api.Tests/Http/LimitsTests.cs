using System.Net;
using PostCatalog.Api.Tests.Infrastructure;

namespace PostCatalog.Api.Tests.Http;

/// <summary>The API with its default limits, except a small request size so that limit can be reached.</summary>
public sealed class LimitedApiFactory : CatalogApiFactory
{
    public const int MaxRequestBytes = 4096;

    public LimitedApiFactory() => Settings["GraphQL:Server:MaxRequestBytes"] = MaxRequestBytes.ToString();
}

/// <summary>Each limit: what the client gets (status, message, code, figures), and that the server answers the next request.</summary>
public sealed class LimitsTests(LimitedApiFactory api) : IClassFixture<LimitedApiFactory>
{
    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task A_body_over_the_request_size_is_413_with_HC0010()
    {
        var padding = new string(' ', LimitedApiFactory.MaxRequestBytes);

        var (response, body) = await _client.PostJsonAsync($$"""{"query":"{ __typename }{{padding}}"}""");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("HC0010", body.FirstErrorCode);
        Assert.Equal($"The GraphQL request is larger than the allowed {LimitedApiFactory.MaxRequestBytes} bytes.", body.Errors![0]!["message"]!.GetValue<string>());
        await _client.AssertStillServingAsync();
    }

    [Fact]
    public async Task A_GET_query_string_over_the_request_size_is_413_with_HC0010()
    {
        var (response, body) = await _client.GetGraphQLAsync(HttpRequests.Query("{ __typename " + new string('a', LimitedApiFactory.MaxRequestBytes) + " }"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("HC0010", body.FirstErrorCode);
    }

    [Fact]
    public async Task A_query_deeper_than_10_fields_is_rejected_with_the_depth_found_and_allowed()
    {
        var response = await _client.PostGraphQLAsync(
            "{ posts { nodes { categories { posts { nodes { authors { posts { nodes { tags { posts { totalCount } } } } } } } } } } }");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        var error = response.Errors![0]!;
        Assert.Equal("The GraphQL document has an execution depth of 11 which exceeds the max allowed execution depth of 10.", error["message"]!.GetValue<string>());
        Assert.Equal(10, error["extensions"]!["allowedExecutionDepth"]!.GetValue<int>());
        Assert.Equal(11, error["extensions"]!["detectedExecutionDepth"]!.GetValue<int>());
        Assert.Null(response.Data);
        await _client.AssertStillServingAsync();
    }

    [Fact]
    public async Task A_fan_out_over_the_type_cost_is_rejected_with_HC0047_and_its_cost()
    {
        // 50 posts x their categories x 50 posts each is four statements, but 2,500 posts in the response: the objects
        // it can hold are Query + connection + 50 x (post + category + connection + 50 posts) = 2 + 50 x 53.
        var response = await _client.PostGraphQLAsync("{ posts(first: 50) { nodes { categories { posts(first: 50) { nodes { title } } } } } }");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("""{"errors":[{"message":"The maximum allowed type cost was exceeded.","extensions":{"code":"HC0047","typeCost":2652,"maxTypeCost":1000}}]}""",
            response.Body.ToJsonString());
        await _client.AssertStillServingAsync();
    }

    [Fact]
    public async Task The_cost_report_header_returns_the_operation_cost_with_the_data()
    {
        var (response, body) = await _client.PostJsonAsync(
            """{"query":"{ posts(first: 2) { nodes { title categories { name } authors { name } } } }"}""",
            configure: r => r.Headers.Add("GraphQL-Cost", "report"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, body.DataWithoutErrors()["posts"]!["nodes"]!.AsArray().Count);
        // posts 10 + nodes 1 + categories 10 + authors 10: each list is one fetch for the whole page, priced once;
        // types: Query + connection + 2 x (post + category + author).
        Assert.Equal("""{"fieldCost":31,"typeCost":8}""", body.Body["extensions"]!["operationCost"]!.ToJsonString());
    }

    [Fact]
    public async Task Without_the_header_no_cost_is_reported()
    {
        var response = await _client.PostGraphQLAsync(HttpRequests.SmallQuery);

        Assert.Null(response.Body["extensions"]);
    }

    [Fact]
    public async Task A_page_larger_than_50_is_HC0051_on_the_field()
    {
        var response = await _client.PostGraphQLAsync("{ posts(first: 51) { nodes { title } } }");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("HC0051", response.FirstErrorCode);
        Assert.Equal(51, response.Errors![0]!["extensions"]!["requestedItems"]!.GetValue<int>());
        Assert.Equal(50, response.Errors![0]!["extensions"]!["maxAllowedItems"]!.GetValue<int>());
        await _client.AssertStillServingAsync();
    }

    [Fact]
    public async Task More_than_10_ids_in_nodes_is_HC0066()
    {
        var ids = string.Join(", ", Enumerable.Range(1, 11).Select(i => $"\"{Convert.ToBase64String("Post:"u8.ToArray().Concat(System.Text.Encoding.UTF8.GetBytes(i.ToString())).ToArray())}\""));

        var response = await _client.PostGraphQLAsync($"{{ nodes(ids: [{ids}]) {{ id }} }}");

        Assert.Equal("HC0066", response.FirstErrorCode);
        Assert.Contains("The maximum number of nodes that can be fetched at once is 10.", response.Errors![0]!["message"]!.GetValue<string>());
        await _client.AssertStillServingAsync();
    }

    [Fact]
    public async Task Validation_reports_at_most_5_errors_then_says_it_stopped()
    {
        var response = await _client.PostGraphQLAsync("{ a1 a2 a3 a4 a5 a6 a7 a8 }");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(6, response.Errors!.Count);
        Assert.Equal("Cannot query field \"a5\" on type \"Query\".", response.Errors[4]!["message"]!.GetValue<string>());
        Assert.Equal("Too many validation errors, error limit reached. Validation aborted.", response.Errors[5]!["message"]!.GetValue<string>());
        await _client.AssertStillServingAsync();
    }
}
