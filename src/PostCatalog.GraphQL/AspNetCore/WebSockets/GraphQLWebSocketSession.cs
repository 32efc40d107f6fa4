using System.Buffers;
using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PostCatalog.GraphQL.AspNetCore.Requests;
using PostCatalog.GraphQL.Execution;
using PostCatalog.GraphQL.Execution.Results;
using PostCatalog.GraphQL.Types;

namespace PostCatalog.GraphQL.AspNetCore.WebSockets;

/// <summary>
/// One WebSocket speaking graphql-transport-ws (the graphql-ws package's protocol, as HotChocolate speaks it):
/// <c>connection_init</c> within the init timeout (else 4408) answered by <c>connection_ack</c> (or 4403 when an
/// <see cref="IConnectionInitInterceptor"/> refuses it); <c>ping</c> answered
/// by <c>pong</c>, and a server <c>ping</c> every keep-alive interval; <c>subscribe</c> runs any operation through
/// <see cref="RequestExecutor.ExecuteStreamAsync"/>, sending <c>next</c> per result and <c>complete</c> at its end, or
/// one <c>error</c> for a request error; a client's <c>complete</c> stops it. Protocol faults close the socket with the
/// protocol's codes (<see cref="CloseCodes"/>). One send at a time: a client that reads slowly holds its operations
/// back, so their event buffers fill and end them instead of growing.
/// </summary>
internal sealed class GraphQLWebSocketSession(
    WebSocket socket,
    HttpContext context,
    RequestExecutor executor,
    Func<HttpContext, GraphQLHttpRequest, OperationRequest> createOperation,
    SubscriptionOptions options,
    long maxMessageBytes,
    IConnectionInitInterceptor? interceptor,
    ILogger log)
{
    private readonly SemaphoreSlim _sends = new(1, 1);
    private readonly Dictionary<string, CancellationTokenSource> _operations = new(StringComparer.Ordinal);
    private readonly List<Task> _running = [];
    private readonly CancellationTokenSource _session = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
    private volatile bool _initReceived;
    private volatile bool _acknowledged;
    private int _closing;

    public async Task RunAsync()
    {
        var token = _session.Token;
        var initTimeout = CloseUnlessInitialisedAsync(token);
        var keepAlive = KeepAliveAsync(token);
        try
        {
            if (socket.SubProtocol != CloseCodes.Protocol)
            {
                await CloseAsync(CloseCodes.SubprotocolNotAcceptable, "Subprotocol not acceptable");
            }

            var buffer = new ArrayBufferWriter<byte>();
            while (socket.State == WebSocketState.Open && await ReceiveAsync(buffer, token) is { } bytes)
            {
                await HandleAsync(bytes, token);
            }

            if (socket.State == WebSocketState.CloseReceived)
            {
                await CloseAsync((int)WebSocketCloseStatus.NormalClosure, "");
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException or IOException)
        {
            // The client went away, or the server is stopping.
        }
        finally
        {
            await _session.CancelAsync();
            Task[] running;
            lock (_operations) running = [.. _running];
            // Every operation stops (their tokens come from the session's) before the socket is disposed.
            await Task.WhenAll([initTimeout, keepAlive, .. running]);
            _session.Dispose();
        }
    }

    /// <summary>The next whole text message, null when the client closed (or was closed for a message too large).</summary>
    private async Task<ReadOnlyMemory<byte>?> ReceiveAsync(ArrayBufferWriter<byte> buffer, CancellationToken token)
    {
        buffer.Clear();
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer.GetMemory(4096), token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            buffer.Advance(result.Count);
            if (buffer.WrittenCount > maxMessageBytes)
            {
                await CloseAsync(CloseCodes.BadRequest, $"Message larger than {maxMessageBytes} bytes");
                return null;
            }

            if (result.EndOfMessage)
            {
                return buffer.WrittenMemory;
            }
        }
    }

    private async Task HandleAsync(ReadOnlyMemory<byte> bytes, CancellationToken token)
    {
        if (WebSocketMessage.Parse(bytes, out var problem) is not { } message)
        {
            log.LogInformation("WebSocket {RequestId} closed with 4400: {Problem}", context.TraceIdentifier, problem);
            await CloseAsync(CloseCodes.BadRequest, "Invalid message received");
            return;
        }

        switch (message.Type)
        {
            case WebSocketMessage.ConnectionInit:
                if (_initReceived)
                {
                    await CloseAsync(CloseCodes.TooManyInitialisationRequests, "Too many initialisation requests");
                    return;
                }

                _initReceived = true;
                if (interceptor is not null && !await interceptor.OnConnectAsync(context, message.Payload, token))
                {
                    log.LogInformation("WebSocket {RequestId} closed with 4403: its connection_init was refused", context.TraceIdentifier);
                    await CloseAsync(CloseCodes.Forbidden, "Forbidden");
                    return;
                }

                _acknowledged = true;
                await SendAsync(writer => writer.WriteString("type", WebSocketMessage.ConnectionAck), token);
                return;
            case WebSocketMessage.Ping:
                await SendAsync(writer =>
                {
                    writer.WriteString("type", WebSocketMessage.Pong);
                    if (message.Payload is { } payload)
                    {
                        writer.WritePropertyName("payload");
                        payload.WriteTo(writer);
                    }
                }, token);
                return;
            case WebSocketMessage.Pong:
                return;
            case WebSocketMessage.Complete:
                lock (_operations)
                {
                    if (_operations.Remove(message.Id!, out var running)) running.Cancel();
                }

                return;
            default:
                await SubscribeAsync(message, token);
                return;
        }
    }

    private async Task SubscribeAsync(WebSocketMessage message, CancellationToken token)
    {
        if (!_acknowledged)
        {
            await CloseAsync(CloseCodes.Unauthorized, "Unauthorized");
            return;
        }

        var id = message.Id!;
        CancellationTokenSource? operation = null;
        var running = 0;
        lock (_operations)
        {
            running = _operations.Count;
            if (!_operations.ContainsKey(id) && running < options.MaxSubscriptionsPerConnection)
            {
                operation = CancellationTokenSource.CreateLinkedTokenSource(token);
                _operations.Add(id, operation);
            }
            else if (_operations.ContainsKey(id))
            {
                running = -1;
            }
        }

        if (running < 0)
        {
            await CloseAsync(CloseCodes.SubscriberAlreadyExists, $"Subscriber for {id} already exists");
            return;
        }

        if (operation is null)
        {
            await SendErrorAsync(id, [new GraphQLError($"This connection already runs {options.MaxSubscriptionsPerConnection} operations, " +
                "the most one WebSocket may (GraphQL:Subscriptions:MaxSubscriptionsPerConnection): complete one first.")
                .WithCode(HttpErrorCodes.TooManySubscriptions)], token);
            return;
        }

        var run = RunOperationAsync(id, message.Subscribe!, operation);
        lock (_operations)
        {
            _running.RemoveAll(t => t.IsCompleted);
            _running.Add(run);
        }
    }

    private async Task RunOperationAsync(string id, GraphQLHttpRequest request, CancellationTokenSource operation)
    {
        var token = operation.Token;
        var requestId = context.TraceIdentifier + ":" + id;
        try
        {
            OperationRequest prepared;
            try
            {
                prepared = createOperation(context, request);
            }
            catch (RequestReadException exception)
            {
                log.ClientError(requestId, 0, exception.Code, exception.Message);
                Forget(id);
                await SendErrorAsync(id, [new GraphQLError(exception.Message).WithCode(exception.Code)], token);
                return;
            }

            // Scoped services (database contexts) live for one operation, not for the whole connection.
            await using var scope = context.RequestServices.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
            await foreach (var result in executor.ExecuteStreamAsync(prepared, scope.ServiceProvider, token))
            {
                log.Outcome(result, requestId);
                if (result.IsRequestError)
                {
                    Forget(id);
                    await SendErrorAsync(id, result.Errors, token);
                    return;
                }

                await SendAsync(writer =>
                {
                    writer.WriteString("id", id);
                    writer.WriteString("type", WebSocketMessage.Next);
                    writer.WritePropertyName("payload");
                    ResultWriter.Write(writer, result);
                }, token);
            }

            // Forgotten first: the client may reuse the id as soon as it reads "complete".
            Forget(id);
            await SendAsync(writer =>
            {
                writer.WriteString("id", id);
                writer.WriteString("type", WebSocketMessage.Complete);
            }, token);
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException or IOException)
        {
            // Completed by the client, or the connection is gone.
        }
        catch (Exception exception)
        {
            log.LogError(exception, "WebSocket operation {RequestId} failed", requestId);
            await CloseAsync(CloseCodes.InternalServerError, "Internal server error");
        }
        finally
        {
            Forget(id, operation);
            operation.Dispose();
        }
    }

    /// <summary>Removes the operation's id (only while it is still this operation's: the client may have reused it).</summary>
    private void Forget(string id, CancellationTokenSource? only = null)
    {
        lock (_operations)
        {
            if (_operations.TryGetValue(id, out var running) && (only is null || running == only)) _operations.Remove(id);
        }
    }

    private Task SendErrorAsync(string id, IReadOnlyList<GraphQLError> errors, CancellationToken token) =>
        SendAsync(writer =>
        {
            writer.WriteString("id", id);
            writer.WriteString("type", WebSocketMessage.Error);
            writer.WriteStartArray("payload");
            foreach (var error in errors) ResultWriter.WriteError(writer, error);
            writer.WriteEndArray();
        }, token);

    private async Task SendAsync(Action<Utf8JsonWriter> writeMessage, CancellationToken token)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, ResultWriter.WriterOptions))
        {
            writer.WriteStartObject();
            writeMessage(writer);
            writer.WriteEndObject();
        }

        await _sends.WaitAsync(token);
        try
        {
            if (socket.State == WebSocketState.Open && Volatile.Read(ref _closing) == 0)
            {
                await socket.SendAsync(buffer.WrittenMemory, WebSocketMessageType.Text, endOfMessage: true, token);
            }
        }
        finally
        {
            _sends.Release();
        }
    }

    private async Task CloseAsync(int code, string reason)
    {
        if (Interlocked.Exchange(ref _closing, 1) == 1) return;
        await _sends.WaitAsync();
        try
        {
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                await socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, timeout.Token);
            }

            // The client answers with its close frame, which ends the receive loop; one that never does is cut off.
            _session.CancelAfter(TimeSpan.FromSeconds(5));
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException or IOException)
        {
            // Gone already.
        }
        finally
        {
            _sends.Release();
        }
    }

    private async Task CloseUnlessInitialisedAsync(CancellationToken token)
    {
        try
        {
            await Task.Delay(options.ConnectionInitTimeout, token);
            if (!_initReceived)
            {
                log.LogInformation("WebSocket {RequestId} closed with 4408: no connection_init within {Timeout}", context.TraceIdentifier, options.ConnectionInitTimeout);
                await CloseAsync(CloseCodes.ConnectionInitialisationTimeout, "Connection initialisation timeout");
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task KeepAliveAsync(CancellationToken token)
    {
        if (options.KeepAliveInterval <= TimeSpan.Zero) return;
        try
        {
            using var timer = new PeriodicTimer(options.KeepAliveInterval);
            while (await timer.WaitForNextTickAsync(token))
            {
                if (_acknowledged) await SendAsync(writer => writer.WriteString("type", WebSocketMessage.Ping), token);
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException or IOException)
        {
        }
    }
}
