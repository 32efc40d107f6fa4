using System.Buffers;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using PostCatalog.GraphQL.Execution.Incremental;

namespace PostCatalog.GraphQL.AspNetCore.Incremental;

/// <summary>
/// Incremental delivery over <c>multipart/mixed</c>, as HotChocolate writes it and Apollo Client 4 reads it (its
/// <c>GraphQL17Alpha9Handler</c> sends <c>Accept: multipart/mixed;incrementalSpec=v0.2, ...</c>): the response is
/// <c>multipart/mixed; boundary="-"</c>, each payload a part with <c>Content-Type: application/json; charset=utf-8</c>,
/// flushed as soon as it is ready, and the body ends with the closing delimiter <c>-----</c>.
/// </summary>
public static class MultipartMixed
{
    public const string MediaType = "multipart/mixed";
    public const string ContentType = "multipart/mixed; boundary=\"-\"";

    private static readonly byte[] PartStart = "\r\n---\r\nContent-Type: application/json; charset=utf-8\r\n\r\n"u8.ToArray();
    private static readonly byte[] End = "\r\n-----\r\n"u8.ToArray();

    /// <summary>
    /// True when the Accept header names <c>multipart/mixed</c> (any parameters, e.g. <c>incrementalSpec=v0.2</c> or
    /// <c>deferSpec=20220824</c>) or <c>multipart/*</c> with a quality above zero.
    /// </summary>
    public static bool IsAccepted(IList<string>? acceptHeaders)
    {
        if (acceptHeaders is null || !MediaTypeHeaderValue.TryParseList(acceptHeaders, out var accepted)) return false;
        return accepted.Any(type => (type.Quality ?? 1.0) > 0
            && (type.MediaType.Equals(MediaType, StringComparison.OrdinalIgnoreCase)
                || type.MediaType.Equals("multipart/*", StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>Writes the payloads as parts, each flushed when it comes; the status is 200 (errors are in the parts).</summary>
    public static async Task WriteAsync(HttpContext context, IncrementalPayload first, IAsyncEnumerator<IncrementalPayload> rest)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = ContentType;
        // Proxies must pass parts through as they come, not gather the whole body.
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no";

        await WritePartAsync(context, first);
        while (await rest.MoveNextAsync()) await WritePartAsync(context, rest.Current);
        await EndAsync(context);
    }

    /// <summary>The closing delimiter: no part follows.</summary>
    public static async Task EndAsync(HttpContext context)
    {
        await context.Response.Body.WriteAsync(End, context.RequestAborted);
        await context.Response.Body.FlushAsync(context.RequestAborted);
    }

    private static async Task WritePartAsync(HttpContext context, IncrementalPayload payload)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        buffer.Write(PartStart);
        payload.Write(buffer);
        await context.Response.Body.WriteAsync(buffer.WrittenMemory, context.RequestAborted);
        await context.Response.Body.FlushAsync(context.RequestAborted);
    }
}
