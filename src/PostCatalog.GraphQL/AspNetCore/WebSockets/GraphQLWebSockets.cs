using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PostCatalog.GraphQL.AspNetCore.Requests;
using PostCatalog.GraphQL.Execution;

namespace PostCatalog.GraphQL.AspNetCore.WebSockets;

/// <summary>
/// Accepts WebSocket requests on the GraphQL endpoint's path: the <c>graphql-transport-ws</c> subprotocol is chosen
/// when offered (otherwise the socket is closed with 4406), a client over its connection limit is closed with 4429,
/// and each socket runs as a <see cref="GraphQLWebSocketSession"/>.
/// </summary>
public sealed class GraphQLWebSockets(
    RequestExecutor executor,
    StreamingConnections connections,
    IOptions<SubscriptionOptions> options,
    IOptions<GraphQLServerOptions> server,
    ILogger<GraphQLWebSockets> log,
    IConnectionInitInterceptor? interceptor = null)
{
    public async Task AcceptAsync(HttpContext context, Func<HttpContext, GraphQLHttpRequest, OperationRequest> createOperation)
    {
        var protocol = context.WebSockets.WebSocketRequestedProtocols.Contains(CloseCodes.Protocol) ? CloseCodes.Protocol : null;
        using var socket = await context.WebSockets.AcceptWebSocketAsync(protocol);
        using var lease = connections.TryEnter(context);
        if (lease is null)
        {
            log.LogInformation("WebSocket {RequestId} closed with 4429: the client holds {Max} streaming connections already",
                context.TraceIdentifier, options.Value.MaxConnectionsPerClient);
            await socket.CloseOutputAsync((System.Net.WebSockets.WebSocketCloseStatus)CloseCodes.TooManyInitialisationRequests,
                "Too many connections from this client", context.RequestAborted);
            return;
        }

        var session = new GraphQLWebSocketSession(socket, context, executor, createOperation, options.Value,
            server.Value.MaxRequestBytes, interceptor, log);
        await session.RunAsync();
    }
}
