using System.Net;
using System.Net.Http.Headers;
using PostCatalog.Api.Tests.Infrastructure;

namespace PostCatalog.Api.Tests.Http;

/// <summary>GraphQL over HTTP: media types in and out, and the status code each response format uses.</summary>
public sealed class ContentNegotiationTests(CatalogApiFactory api) : IClassFixture<CatalogApiFactory>
{
    private readonly HttpClient _client = api.CreateClient();

    [Theory]
    [InlineData("application/graphql-response+json", "application/graphql-response+json; charset=utf-8")]
    [InlineData("application/json", "application/json; charset=utf-8")]
    [InlineData("*/*", "application/json; charset=utf-8")]
    [InlineData(null, "application/json; charset=utf-8")]
    [InlineData("application/json;q=0.5, application/graphql-response+json", "application/graphql-response+json; charset=utf-8")]
    [InlineData("application/json, application/graphql-response+json", "application/graphql-response+json; charset=utf-8")]
    [InlineData("application/graphql-response+json;q=0.5, application/json", "application/json; charset=utf-8")]
    [InlineData("application/json, */*", "application/json; charset=utf-8")]
    [InlineData("application/*", "application/json; charset=utf-8")]
    public async Task The_response_type_follows_Accept(string? accept, string expected)
    {
        var (response, body) = await _client.PostJsonAsync($$"""{"query":"{{HttpRequests.SmallQuery}}"}""", accept);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, response.Content.Headers.ContentType?.ToString());
        body.DataWithoutErrors();
    }

    [Theory]
    [InlineData("{ posts(first: 1) { nope } }", "application/graphql-response+json", HttpStatusCode.BadRequest)]
    [InlineData("{ posts(first: 1) { nope } }", "application/json", HttpStatusCode.OK)]
    [InlineData("{ posts(", "application/graphql-response+json", HttpStatusCode.BadRequest)]
    [InlineData("{ posts(", "application/json", HttpStatusCode.OK)]
    public async Task Request_errors_are_400_in_graphql_response_json_and_200_in_json(string query, string accept, HttpStatusCode expected)
    {
        var response = await _client.PostGraphQLAsync(query, accept: accept);

        Assert.Equal(expected, response.Status);
        Assert.NotNull(response.Errors);
        Assert.False(response.Body.ContainsKey("data"));
    }

    [Fact]
    public async Task A_field_error_keeps_200_with_partial_data_in_either_format()
    {
        var response = await _client.PostGraphQLAsync("{ posts(first: 1, after: \"not-a-cursor\") { nodes { title } } }");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("HC0078", response.FirstErrorCode);
        Assert.True(response.Body.ContainsKey("data"));
    }

    [Fact]
    public async Task An_Accept_it_cannot_serve_is_406()
    {
        var (response, _) = await _client.PostJsonAsync($$"""{"query":"{{HttpRequests.SmallQuery}}"}""", accept: "text/csv");

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/xml")]
    [InlineData("application/json; charset=latin1")]
    public async Task A_body_it_cannot_read_is_415(string contentType)
    {
        var (response, body) = await _client.PostJsonAsync($$"""{"query":"{{HttpRequests.SmallQuery}}"}""", contentType: contentType);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("HC0009", body.FirstErrorCode);
    }

    [Fact]
    public async Task A_body_that_is_not_JSON_is_400_with_HC0009()
    {
        var (response, body) = await _client.PostJsonAsync("{ not json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("HC0009", body.FirstErrorCode);
    }

    [Fact]
    public async Task Variables_and_operationName_choose_and_feed_the_operation()
    {
        var (response, body) = await _client.PostJsonAsync("""
            {"query":"query A { __typename } query B($n: Int) { posts(first: $n) { nodes { title } } }","operationName":"B","variables":{"n":2}}
            """);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, body.DataWithoutErrors()["posts"]!["nodes"]!.AsArray().Count);
    }

    [Fact]
    public async Task GET_runs_queries_with_variables_in_the_query_string()
    {
        var (response, body) = await _client.GetGraphQLAsync(
            HttpRequests.Query("query($n: Int) { posts(first: $n) { nodes { title } } }") + "&variables=" + Uri.EscapeDataString("""{"n":3}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, body.DataWithoutErrors()["posts"]!["nodes"]!.AsArray().Count);
    }

    [Fact]
    public async Task A_mutation_over_GET_is_405_with_Allow_POST()
    {
        var (response, _) = await _client.GetGraphQLAsync(HttpRequests.Query("mutation { doSomething }"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["POST"], response.Content.Headers.Allow);
    }

    [Fact]
    public async Task Other_methods_are_405_with_the_allowed_ones()
    {
        var response = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Put, "/graphql"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "POST"], response.Content.Headers.Allow.Order());
    }

    [Fact]
    public async Task Health_is_200_once_the_catalog_is_open()
    {
        var response = await _client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}
