using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using PostCatalog.GraphQL.Types;

namespace PostCatalog.GraphQL.AspNetCore.Requests;

/// <summary>Reads a GraphQL request from a POST body (JSON or application/graphql) or from GET query parameters,
/// per the GraphQL over HTTP specification. Every failure is a <see cref="RequestReadException"/> naming what is wrong.</summary>
public static class GraphQLRequestReader
{
    /// <summary>Reads a POST body: one request, or with <paramref name="allowBatch"/> a JSON array of them (Apollo's BatchHttpLink).</summary>
    public static async Task<GraphQLHttpPost> ReadPostAsync(HttpRequest http, long maxRequestBytes, bool allowBatch, int maxBatchSize,
        CancellationToken ct)
    {
        if (string.IsNullOrEmpty(http.ContentType) || !MediaTypeHeaderValue.TryParse(http.ContentType, out var contentType))
            throw new RequestReadException("A POST request must name its Content-Type: application/json.", HttpErrorCodes.InvalidRequest, 415);
        if (contentType.Charset.HasValue && !contentType.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
            throw new RequestReadException($"Unsupported charset \"{contentType.Charset}\": requests must be UTF-8.", HttpErrorCodes.InvalidRequest, 415);

        if (http.ContentLength > maxRequestBytes) throw TooLarge(maxRequestBytes);
        var mediaType = contentType.MediaType.Value?.ToLowerInvariant();
        if (mediaType is not ("application/json" or "application/graphql-response+json" or "application/graphql"))
            throw new RequestReadException($"Unsupported Content-Type \"{ErrorText.Quote(mediaType ?? "")}\": send application/json.", HttpErrorCodes.InvalidRequest, 415);

        // The body is read into a pooled buffer and given back once parsed: nothing read from it keeps a reference.
        using var body = await ReadBodyAsync(http.Body, http.ContentLength, maxRequestBytes, ct);
        // A client's bad bytes are its error (400), found before the JSON reader would fail deep inside a string.
        if (Utf8Text.FindInvalidByte(body.WrittenSpan) is { } offset)
            throw new RequestReadException($"The request body is not valid UTF-8 (byte {offset + 1}).", HttpErrorCodes.InvalidRequest);

        return mediaType == "application/graphql"
            ? GraphQLHttpPost.Single(new GraphQLHttpRequest(System.Text.Encoding.UTF8.GetString(body.WrittenSpan), null, null, null, null))
            : ParseJsonBody(body.WrittenMemory, allowBatch, maxBatchSize);
    }

    public static GraphQLHttpRequest ReadGet(IQueryCollection query)
    {
        var variables = query.TryGetValue("variables", out var v) && !string.IsNullOrEmpty(v) ? ParseMap(v!, "variables") : null;
        var extensions = query.TryGetValue("extensions", out var e) && !string.IsNullOrEmpty(e) ? ParseMap(e!, "extensions") : null;
        string? Single(string name) => query.TryGetValue(name, out var value) && !string.IsNullOrEmpty(value) ? value.ToString() : null;
        return new GraphQLHttpRequest(Single("query"), Single("operationName"), variables, extensions, Single("id") ?? Single("documentId"));
    }

    public static GraphQLHttpPost ParseJsonBody(ReadOnlyMemory<byte> body, bool allowBatch, int maxBatchSize)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 256 });
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $" (line {line + 1}, byte {ex.BytePositionInLine + 1})" : "";
            throw new RequestReadException($"The request body is not valid JSON{where}.", HttpErrorCodes.InvalidRequest);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Array) return ReadBatch(root, allowBatch, maxBatchSize);
            return GraphQLHttpPost.Single(ReadRequest(root));
        }
    }

    private static GraphQLHttpPost ReadBatch(JsonElement root, bool allowBatch, int maxBatchSize)
    {
        if (!allowBatch)
            throw new RequestReadException("Batched requests are turned off (GraphQL:Server:EnableBatching): send one JSON object.", HttpErrorCodes.InvalidRequest);
        var count = root.GetArrayLength();
        if (count == 0) throw new RequestReadException("The GraphQL batch request has no elements.", HttpErrorCodes.InvalidRequest);
        if (count > maxBatchSize)
            throw new RequestReadException($"The GraphQL batch has {count} requests; at most {maxBatchSize} are allowed (GraphQL:Server:MaxBatchSize).", HttpErrorCodes.InvalidRequest);
        return new GraphQLHttpPost(root.EnumerateArray().Select(ReadRequest).ToList(), IsBatch: true);
    }

    internal static GraphQLHttpRequest ReadRequest(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
            throw new RequestReadException("The request body must be a JSON object with a \"query\" or \"id\".", HttpErrorCodes.InvalidRequest);

        return new GraphQLHttpRequest(
                Query: OptionalString(root, "query"),
                OperationName: OptionalString(root, "operationName"),
                Variables: OptionalMap(root, "variables"),
                Extensions: OptionalMap(root, "extensions"),
                DocumentId: OptionalString(root, "id") ?? OptionalString(root, "documentId"));
    }

    private static string? OptionalString(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        return value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : throw new RequestReadException($"The request's \"{name}\" must be a string.", HttpErrorCodes.InvalidRequest);
    }

    private static Dictionary<string, object?>? OptionalMap(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        return value.ValueKind == JsonValueKind.Object
            ? JsonValues.ToDictionary(value)
            : throw new RequestReadException($"The request's \"{name}\" must be a JSON object.", HttpErrorCodes.InvalidRequest);
    }

    private static Dictionary<string, object?> ParseMap(string json, string name)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind == JsonValueKind.Object) return JsonValues.ToDictionary(document.RootElement);
        }
        catch (JsonException)
        {
        }
        throw new RequestReadException($"The \"{name}\" query parameter must be a JSON object.", HttpErrorCodes.InvalidRequest);
    }

    /// <summary>The whole body, sized from its Content-Length when it has one; over <paramref name="maxBytes"/> is 413 as soon as it is.</summary>
    private static async Task<Memory.PooledBuffer> ReadBodyAsync(Stream body, long? contentLength, long maxBytes, CancellationToken ct)
    {
        var buffer = new Memory.PooledBuffer((int)Math.Min(contentLength ?? 4096, maxBytes) + 1);
        try
        {
            int read;
            while ((read = await body.ReadAsync(buffer.GetMemory(4096), ct)) > 0)
            {
                buffer.Advance(read);
                if (buffer.WrittenCount > maxBytes) throw TooLarge(maxBytes);
            }
            return buffer;
        }
        catch
        {
            buffer.Dispose();
            throw;
        }
    }

    private static RequestReadException TooLarge(long maxBytes) =>
        new($"The GraphQL request is larger than the allowed {maxBytes} bytes.", HttpErrorCodes.RequestTooLarge, 413);
}
