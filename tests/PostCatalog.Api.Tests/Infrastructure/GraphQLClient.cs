using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PostCatalog.Api.Tests.Infrastructure;

/// <summary>What a client sees of one GraphQL response: the status, the content type and the JSON body.</summary>
public sealed record GraphQLResponse(HttpStatusCode Status, string? ContentType, JsonObject Body)
{
    public JsonNode? Data => Body["data"];
    public JsonArray? Errors => Body["errors"] as JsonArray;

    /// <summary>The response's data; fails the test with the errors when there are any.</summary>
    public JsonNode DataWithoutErrors()
    {
        Assert.True(Errors is null, "Unexpected errors: " + Errors?.ToJsonString());
        return Data ?? throw new InvalidOperationException("No data in " + Body.ToJsonString());
    }

    public string? FirstErrorCode => Errors?[0]?["extensions"]?["code"]?.GetValue<string>();

    public override string ToString() => Body.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
}

public static class GraphQLClient
{
    public static async Task<GraphQLResponse> PostGraphQLAsync(this HttpClient client, string query,
        object? variables = null, string? operationName = null, string accept = "application/graphql-response+json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query, variables, operationName }),
        };
        request.Headers.Accept.ParseAdd(accept);
        using var response = await client.SendAsync(request);
        return await ReadAsync(response);
    }

    public static async Task<GraphQLResponse> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        var body = text.Length == 0 ? new JsonObject() : JsonNode.Parse(text) as JsonObject ?? new JsonObject();
        return new GraphQLResponse(response.StatusCode, response.Content.Headers.ContentType?.ToString(), body);
    }
}
