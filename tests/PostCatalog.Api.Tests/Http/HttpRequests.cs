using System.Net.Http.Headers;
using System.Text;
using PostCatalog.Api.Tests.Infrastructure;

namespace PostCatalog.Api.Tests.Http;

/// <summary>Raw GraphQL-over-HTTP requests for the transport tests: exact bodies, headers and query strings.</summary>
internal static class HttpRequests
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string SmallQuery = "{ posts(first: 1) { nodes { title } } }";

    public static async Task<(HttpResponseMessage Response, GraphQLResponse Body)> PostJsonAsync(this HttpClient client, string json,
        string? accept = GraphQLResponseJson, string contentType = "application/json", Action<HttpRequestMessage>? configure = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(json, Encoding.UTF8) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (accept is not null) request.Headers.Accept.ParseAdd(accept);
        configure?.Invoke(request);
        var response = await client.SendAsync(request);
        return (response, await GraphQLClient.ReadAsync(response));
    }

    public static async Task<(HttpResponseMessage Response, GraphQLResponse Body)> GetGraphQLAsync(this HttpClient client, string queryString,
        string? accept = GraphQLResponseJson, Action<HttpRequestMessage>? configure = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?" + queryString);
        if (accept is not null) request.Headers.Accept.ParseAdd(accept);
        configure?.Invoke(request);
        var response = await client.SendAsync(request);
        return (response, await GraphQLClient.ReadAsync(response));
    }

    public static string Query(string query) => "query=" + Uri.EscapeDataString(query);

    /// <summary>After a rejected request, the next ordinary request is still answered.</summary>
    public static async Task AssertStillServingAsync(this HttpClient client)
    {
        var next = await client.PostGraphQLAsync(SmallQuery);
        Assert.NotNull(next.DataWithoutErrors()["posts"]!["nodes"]![0]!["title"]);
    }
}
