using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PostCatalog.LoadDriver;

/// <summary>Builds the POST body once and checks answers: 200 and no <c>errors</c>, or the request counts as failed.</summary>
public sealed class GraphQLRequests(HttpClient client, Uri url)
{
    public static byte[] Body(string query, JsonObject variables) =>
        Encoding.UTF8.GetBytes(new JsonObject { ["query"] = query, ["variables"] = variables.DeepClone() }.ToJsonString());

    /// <summary>Sends <paramref name="body"/>; returns the response bytes, or null when the server answered with an error.</summary>
    public async Task<byte[]?> SendAsync(byte[] body, CancellationToken cancellationToken = default)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        request.Headers.Accept.ParseAdd("application/json");
        using var response = await client.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        return response.IsSuccessStatusCode && !HasErrors(bytes) ? bytes : null;
    }

    /// <summary>A cheap scan: a top-level "errors" key only appears in error responses.</summary>
    private static bool HasErrors(ReadOnlySpan<byte> json) => json.IndexOf("\"errors\""u8) >= 0;

    /// <summary>The first error message or the status, for a failure the driver must explain.</summary>
    public async Task<string> DescribeFailureAsync(byte[] body)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await client.PostAsync(url, content).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
        return $"{(int)response.StatusCode}: {text[..Math.Min(text.Length, 400)]}";
    }

    public static JsonNode? At(JsonNode? node, string dottedPath)
    {
        foreach (var name in dottedPath.Split('.')) node = node?[name];
        return node;
    }

    public static JsonNode Parse(byte[] bytes) => JsonNode.Parse(bytes) ?? throw new JsonException("empty response");
}
