using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace PostCatalog.GraphQL.AspNetCore.WebSockets;

/// <summary>
/// Decides whether a WebSocket's <c>connection_init</c> (with its payload, where clients put tokens) is accepted, as
/// HotChocolate's socket session interceptor does; refused, the socket is closed with 4403 Forbidden. Register one in
/// DI to use it; without one every connection is accepted.
/// </summary>
public interface IConnectionInitInterceptor
{
    ValueTask<bool> OnConnectAsync(HttpContext context, JsonElement? payload, CancellationToken cancellationToken);
}
