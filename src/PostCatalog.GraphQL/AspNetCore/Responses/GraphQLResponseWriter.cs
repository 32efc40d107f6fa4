using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using PostCatalog.GraphQL.AspNetCore.Memory;
using PostCatalog.GraphQL.Execution;
using PostCatalog.GraphQL.Execution.Results;
using PostCatalog.GraphQL.Types;

namespace PostCatalog.GraphQL.AspNetCore.Responses;

/// <summary>Writes execution results with the status code GraphQL over HTTP asks for, plus ETag handling for GET.</summary>
public static class GraphQLResponseWriter
{
    /// <summary>graphql-response+json: a request that never executed is 400; anything that ran is 200. application/json: always 200.</summary>
    public static int StatusCodeFor(ExecutionResult result, ResponseFormat format) =>
        format == ResponseFormat.GraphQLResponseJson && result.IsRequestError ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;

    public static Task WriteAsync(HttpContext context, ExecutionResult result, ResponseFormat format, string? cacheControl = null) =>
        WriteAsync(context, result, format, StatusCodeFor(result, format), cacheControl);

    public static async Task WriteAsync(HttpContext context, ExecutionResult result, ResponseFormat format, int statusCode, string? cacheControl)
    {
        using var buffer = new PooledBuffer();
        using (var writer = new Utf8JsonWriter(buffer, ResultWriter.WriterOptions)) ResultWriter.Write(writer, result);

        var response = context.Response;
        response.StatusCode = statusCode;
        response.ContentType = format.ContentType();

        // GET answers are cacheable: a strong ETag of the body lets clients and CDNs revalidate with If-None-Match.
        if (HttpMethods.IsGet(context.Request.Method) && statusCode == StatusCodes.Status200OK && result.Errors.Count == 0)
        {
            var etag = $"\"{Convert.ToHexStringLower(SHA256.HashData(buffer.WrittenSpan))[..32]}\"";
            response.Headers.ETag = etag;
            response.Headers.CacheControl = cacheControl;
            if (IfNoneMatches(context.Request, etag))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }
        }
        else if (HttpMethods.IsGet(context.Request.Method))
        {
            response.Headers.CacheControl = "no-store";
        }

        response.ContentLength = buffer.WrittenCount;
        await response.Body.WriteAsync(buffer.WrittenMemory, context.RequestAborted);
    }

    /// <summary>A batch's answer: a JSON array of the results in request order, 200 (each entry carries its own errors).</summary>
    public static async Task WriteBatchAsync(HttpContext context, IReadOnlyList<ExecutionResult> results, ResponseFormat format)
    {
        using var buffer = new PooledBuffer();
        using (var writer = new Utf8JsonWriter(buffer, ResultWriter.WriterOptions))
        {
            writer.WriteStartArray();
            foreach (var result in results) ResultWriter.Write(writer, result);
            writer.WriteEndArray();
        }
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = format.ContentType();
        response.ContentLength = buffer.WrittenCount;
        await response.Body.WriteAsync(buffer.WrittenMemory, context.RequestAborted);
    }

    /// <summary>A request that failed before it reached the executor: one error, no data.</summary>
    public static Task WriteErrorAsync(HttpContext context, int statusCode, ResponseFormat format, string message, string code) =>
        WriteAsync(context, ExecutionResult.FromError(new GraphQLError(message).WithCode(code)), format, statusCode, null);

    /// <summary>Whether the request's If-None-Match lists <paramref name="etag"/> (or is <c>*</c>): the client's copy is current.</summary>
    public static bool IfNoneMatches(HttpRequest request, string etag) =>
        request.Headers.IfNoneMatch.Any(header => header is not null
            && EntityTagHeaderValue.TryParseList([header], out var tags)
            && tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Tag.Equals(etag, StringComparison.Ordinal)));
}
