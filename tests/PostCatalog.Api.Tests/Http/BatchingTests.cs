using System.Net;
using System.Text.Json.Nodes;
using PostCatalog.Api.Tests.Infrastructure;

namespace PostCatalog.Api.Tests.Http;

/// <summary>The API with request batching on ("GraphQL:Server:EnableBatching"), at most 3 requests a batch.</summary>
public sealed class BatchingApiFactory : CatalogApiFactory
{
    public BatchingApiFactory()
    {
        Settings["GraphQL:Server:EnableBatching"] = "true";
        Settings["GraphQL:Server:MaxBatchSize"] = "3";
    }
}

/// <summary>Apollo's BatchHttpLink: a JSON array of operations in one POST, answered with an array in the same order.</summary>
public sealed class BatchingTests(BatchingApiFactory api) : IClassFixture<BatchingApiFactory>
{
    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task A_batch_is_answered_with_one_result_per_request_in_order()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""
                [{"query":"query($n: Int) { posts(first: $n) { nodes { title } } }","variables":{"n":2}},
                 {"query":"{ __typename }"},
                 {"query":"{ zzz }"}]
                """, System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd(HttpRequests.GraphQLResponseJson);

        var response = await _client.SendAsync(request);
        var results = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/graphql-response+json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal(3, results.Count);
        Assert.Equal(2, results[0]!["data"]!["posts"]!["nodes"]!.AsArray().Count);
        Assert.Equal("Query", results[1]!["data"]!["__typename"]!.GetValue<string>());
        Assert.Equal("Cannot query field \"zzz\" on type \"Query\".", results[2]!["errors"]![0]!["message"]!.GetValue<string>());
        Assert.Null(results[2]!["data"]);
    }

    [Fact]
    public async Task A_batch_larger_than_the_limit_is_400_naming_the_limit()
    {
        var (response, body) = await _client.PostJsonAsync("""[{"query":"{ __typename }"},{"query":"{ __typename }"},{"query":"{ __typename }"},{"query":"{ __typename }"}]""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("The GraphQL batch has 4 requests; at most 3 are allowed (GraphQL:Server:MaxBatchSize).", body.Errors![0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_empty_batch_is_400()
    {
        var (response, body) = await _client.PostJsonAsync("[]");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("The GraphQL batch request has no elements.", body.Errors![0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task One_unreadable_entry_fails_alone()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""[{"query":"{ __typename }"},{"operationName":"x"}]""", System.Text.Encoding.UTF8, "application/json"),
        };

        var response = await _client.SendAsync(request);
        var results = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Query", results[0]!["data"]!["__typename"]!.GetValue<string>());
        Assert.Equal("HC0009", results[1]!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_single_object_is_still_a_single_answer()
    {
        var response = await _client.PostGraphQLAsync(HttpRequests.SmallQuery);

        Assert.Single(response.DataWithoutErrors()["posts"]!["nodes"]!.AsArray());
    }
}
