using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace PostCatalog.Api.Tests.Reliability.Fuzz;

/// <summary>One request of the fuzz, exactly as sent: method, path and query string, body bytes and headers.</summary>
public sealed record FuzzRequest(string Name, HttpMethod Method, string PathAndQuery, byte[]? Body, string? ContentType, string? Accept)
{
    public const string GraphQLResponseJson = "application/graphql-response+json";

    public static FuzzRequest Post(string name, string json, string? accept = GraphQLResponseJson, string contentType = "application/json") =>
        new(name, HttpMethod.Post, "/graphql", Encoding.UTF8.GetBytes(json), contentType, accept);

    public static FuzzRequest PostBytes(string name, byte[] body, string? contentType, string? accept = GraphQLResponseJson) =>
        new(name, HttpMethod.Post, "/graphql", body, contentType, accept);

    public static FuzzRequest Operation(string name, string query, JsonObject? variables = null, string? accept = GraphQLResponseJson) =>
        Post(name, new JsonObject { ["query"] = query, ["variables"] = variables?.DeepClone() }.ToJsonString(), accept);

    public static FuzzRequest Get(string name, string queryString, string? accept = GraphQLResponseJson) =>
        new(name, HttpMethod.Get, "/graphql?" + queryString, null, null, accept);

    public HttpRequestMessage ToMessage()
    {
        var message = new HttpRequestMessage(Method, PathAndQuery);
        if (Body is not null)
        {
            message.Content = new ByteArrayContent(Body);
            if (ContentType is not null) message.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
        }
        if (Accept is not null) message.Headers.TryAddWithoutValidation("Accept", Accept);
        return message;
    }

    /// <summary>What a failure report shows: the name, and the start of the body or query string.</summary>
    public string Describe()
    {
        var text = Body is null ? PathAndQuery : Encoding.UTF8.GetString(Body, 0, Math.Min(Body.Length, 300));
        return $"{Name}: {Method} {ContentType ?? "(no content type)"} accept {Accept ?? "(none)"}: {text}";
    }

    /// <summary>Sizes in the report, not the whole body.</summary>
    public override string ToString() => Name;
}

internal static class MediaTypes
{
    public static bool IsGraphQLJson(MediaTypeHeaderValue? type) =>
        type?.MediaType is "application/json" or FuzzRequest.GraphQLResponseJson;
}
