using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace PostCatalog.GraphQL.AspNetCore;

/// <summary>
/// Counts the open streaming connections (WebSockets and event streams) per client IP address, so that one client
/// cannot hold more than <see cref="SubscriptionOptions.MaxConnectionsPerClient"/> of them.
/// </summary>
public sealed class StreamingConnections(IOptions<SubscriptionOptions> options)
{
    private readonly ConcurrentDictionary<IPAddress, int> _perClient = new();
    private int _open;

    /// <summary>Streaming connections open right now, over every client.</summary>
    public int Open => Volatile.Read(ref _open);

    /// <summary>Takes a place for this client's connection; null when it already holds as many as allowed. Dispose the lease when the connection ends.</summary>
    public IDisposable? TryEnter(HttpContext context)
    {
        var client = context.Connection.RemoteIpAddress ?? IPAddress.None;
        var max = options.Value.MaxConnectionsPerClient;
        while (true)
        {
            var held = _perClient.GetOrAdd(client, 0);
            if (held >= max) return null;
            if (_perClient.TryUpdate(client, held + 1, held))
            {
                Interlocked.Increment(ref _open);
                return new Lease(this, client);
            }
        }
    }

    private void Leave(IPAddress client)
    {
        Interlocked.Decrement(ref _open);
        while (true)
        {
            var held = _perClient[client];
            if (held == 1 ? ((ICollection<KeyValuePair<IPAddress, int>>)_perClient).Remove(new(client, 1)) : _perClient.TryUpdate(client, held - 1, held)) return;
        }
    }

    private sealed class Lease(StreamingConnections owner, IPAddress client) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0) owner.Leave(client);
        }
    }
}
