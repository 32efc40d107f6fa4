using Microsoft.Net.Http.Headers;

namespace PostCatalog.GraphQL.AspNetCore.Responses;

/// <summary>The media type a GraphQL response is written in; it decides the status codes (GraphQL over HTTP, section 7).</summary>
public enum ResponseFormat
{
    /// <summary><c>application/graphql-response+json</c>: request errors (no data) are 4xx.</summary>
    GraphQLResponseJson,
    /// <summary><c>application/json</c>: 200 whenever the request was well-formed JSON, errors in the body.</summary>
    Json,
}

public static class ResponseFormats
{
    public const string GraphQLResponseJsonType = "application/graphql-response+json";
    public const string JsonType = "application/json";

    public static string ContentType(this ResponseFormat format) =>
        (format == ResponseFormat.GraphQLResponseJson ? GraphQLResponseJsonType : JsonType) + "; charset=utf-8";

    /// <summary>Chooses from the Accept header by quality, then graphql-response+json over application/json. A missing Accept header, or a wildcard,
    /// gets application/json as graphql-http's audit expects of servers today; null means nothing acceptable (406).</summary>
    public static ResponseFormat? Negotiate(IList<string>? acceptHeaders)
    {
        if (acceptHeaders is null || acceptHeaders.Count == 0 || acceptHeaders.All(string.IsNullOrWhiteSpace))
            return ResponseFormat.Json;
        if (!MediaTypeHeaderValue.TryParseList(acceptHeaders, out var accepted)) return ResponseFormat.Json;

        ResponseFormat? best = null;
        double bestQuality = 0;
        foreach (var type in accepted)
        {
            var quality = type.Quality ?? 1.0;
            if (quality < bestQuality || quality <= 0) continue;
            if (type.Charset.HasValue && !type.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)) continue;
            ResponseFormat? candidate = type.MediaType.Value?.ToLowerInvariant() switch
            {
                GraphQLResponseJsonType => ResponseFormat.GraphQLResponseJson,
                JsonType or "application/*" or "*/*" => ResponseFormat.Json,
                _ => null,
            };
            if (candidate is null) continue;
            // At equal quality graphql-response+json wins, wherever it is listed (as HotChocolate chooses).
            if (quality == bestQuality && (best == ResponseFormat.GraphQLResponseJson || candidate == ResponseFormat.Json)) continue;
            best = candidate;
            bestQuality = quality;
        }
        return best;
    }
}
