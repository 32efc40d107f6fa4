using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;
using PostCatalog.GraphQL.Execution;
using PostCatalog.GraphQL.Execution.Results;

namespace PostCatalog.GraphQL.AspNetCore.ServerSentEvents;

/// <summary>
/// Writes a stream of results as Server-Sent Events in graphql-sse's "distinct connections" mode: one
/// <c>event: next</c> per result (its JSON on one <c>data:</c> line), then <c>event: complete</c> with an empty
/// <c>data:</c> line (which an EventSource needs to see it). Every write is flushed, a comment line keeps an idle
/// stream open every keep-alive interval, and a client that goes away cancels the stream. It takes any async stream
/// with a way to write one item as JSON, so results of incremental delivery go through it too.
/// </summary>
public static class EventStream
{
    public const string ContentType = "text/event-stream";

    private static readonly byte[] NextPrefix = "event: next\ndata: "u8.ToArray();
    private static readonly byte[] EventEnd = "\n\n"u8.ToArray();
    private static readonly byte[] Complete = "event: complete\ndata: \n\n"u8.ToArray();
    private static readonly byte[] KeepAlive = ":\n\n"u8.ToArray();

    /// <summary>True when the client asks for an event stream (graphql-sse sends <c>Accept: text/event-stream</c>) at least
    /// as much as for any JSON type.</summary>
    public static bool IsRequested(IList<string>? acceptHeaders)
    {
        if (acceptHeaders is null || !MediaTypeHeaderValue.TryParseList(acceptHeaders, out var accepted)) return false;
        double stream = 0, other = 0;
        foreach (var type in accepted)
        {
            var quality = type.Quality ?? 1.0;
            if (type.MediaType.Equals(ContentType, StringComparison.OrdinalIgnoreCase)) stream = Math.Max(stream, quality);
            else other = Math.Max(other, quality);
        }

        return stream > 0 && stream >= other;
    }

    public static Task WriteAsync(HttpContext context, IAsyncEnumerable<ExecutionResult> results, TimeSpan keepAliveInterval) =>
        WriteAsync(context, results, ResultWriter.Write, keepAliveInterval);

    public static async Task WriteAsync<T>(HttpContext context, IAsyncEnumerable<T> items, Action<Utf8JsonWriter, T> write,
        TimeSpan keepAliveInterval)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = ContentType + "; charset=utf-8";
        response.Headers.CacheControl = "no-cache";
        // Proxies such as nginx would otherwise hold events back until their buffer fills.
        response.Headers["X-Accel-Buffering"] = "no";
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();

        var aborted = context.RequestAborted;
        using var writes = new SemaphoreSlim(1, 1);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        var keepAlive = keepAliveInterval > TimeSpan.Zero ? KeepAliveAsync(response, writes, keepAliveInterval, stop.Token) : Task.CompletedTask;
        try
        {
            await response.StartAsync(aborted);
            var buffer = new ArrayBufferWriter<byte>();
            await foreach (var item in items.WithCancellation(aborted))
            {
                buffer.Clear();
                buffer.Write(NextPrefix);
                using (var json = new Utf8JsonWriter(buffer, ResultWriter.WriterOptions))
                {
                    write(json, item);
                }

                buffer.Write(EventEnd);
                await SendAsync(response, writes, buffer.WrittenMemory, aborted);
            }

            await SendAsync(response, writes, Complete, aborted);
        }
        finally
        {
            stop.Cancel();
            try
            {
                await keepAlive;
            }
            catch (Exception)
            {
                // Stopped, or the client is gone (which the stream itself reports).
            }
        }
    }

    private static async Task SendAsync(HttpResponse response, SemaphoreSlim writes, ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        await writes.WaitAsync(cancellationToken);
        try
        {
            await response.Body.WriteAsync(bytes, cancellationToken);
            await response.Body.FlushAsync(cancellationToken);
        }
        finally
        {
            writes.Release();
        }
    }

    private static async Task KeepAliveAsync(HttpResponse response, SemaphoreSlim writes, TimeSpan interval, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(interval);
        while (await timer.WaitForNextTickAsync(cancellationToken))
        {
            await SendAsync(response, writes, KeepAlive, cancellationToken);
        }
    }
}
