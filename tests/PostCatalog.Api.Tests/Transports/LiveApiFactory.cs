using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using PostCatalog.Api.Tests.Infrastructure;
using PostCatalog.GraphQL.AspNetCore.WebSockets;

namespace PostCatalog.Api.Tests.Transports;

/// <summary>The API with the streaming limits made small and short, so each can be reached in a test.</summary>
public sealed class LiveApiFactory : CatalogApiFactory
{
    public const int MaxSubscriptionsPerConnection = 2;
    public const int MaxConnectionsPerClient = 4;

    public LiveApiFactory()
    {
        Settings["GraphQL:Subscriptions:ConnectionInitTimeout"] = "00:00:00.500";
        Settings["GraphQL:Subscriptions:KeepAliveInterval"] = "00:00:00.300";
        Settings["GraphQL:Subscriptions:MaxSubscriptionsPerConnection"] = MaxSubscriptionsPerConnection.ToString();
        Settings["GraphQL:Subscriptions:MaxConnectionsPerClient"] = MaxConnectionsPerClient.ToString();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<IConnectionInitInterceptor, RefusesRefuse>());
    }

    /// <summary>Refuses a <c>connection_init</c> whose payload says <c>"refuse": true</c>, as a token check would.</summary>
    private sealed class RefusesRefuse : IConnectionInitInterceptor
    {
        public ValueTask<bool> OnConnectAsync(HttpContext context, JsonElement? payload, CancellationToken cancellationToken) =>
            ValueTask.FromResult(!(payload?.TryGetProperty("refuse", out var refuse) == true && refuse.ValueKind == JsonValueKind.True));
    }

    /// <summary>A WebSocket to /graphql offering graphql-transport-ws (or the given subprotocols).</summary>
    public async Task<TestSocket> ConnectAsync(params string[] subprotocols)
    {
        var client = Server.CreateWebSocketClient();
        foreach (var protocol in subprotocols.Length == 0 ? ["graphql-transport-ws"] : subprotocols) client.SubProtocols.Add(protocol);
        return new TestSocket(await client.ConnectAsync(new Uri(Server.BaseAddress, "graphql"), CancellationToken.None));
    }
}

/// <summary>A client's end of a WebSocket: JSON messages out, JSON messages (or the close) in.</summary>
public sealed class TestSocket(WebSocket socket) : IDisposable
{
    public WebSocket Socket => socket;

    public Task SendAsync(string json) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, true, CancellationToken.None);

    public async Task InitAsync()
    {
        await SendAsync("""{"type":"connection_init"}""");
        Assert.Equal("connection_ack", (await ReceiveAsync())!["type"]!.GetValue<string>());
    }

    /// <summary>The next message other than a server ping (unless <paramref name="pings"/>); null once the server closed.</summary>
    public async Task<JsonObject?> ReceiveAsync(bool pings = false)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (true)
        {
            var buffer = new byte[64 * 1024];
            var text = new StringBuilder();
            WebSocketReceiveResult result;
            do
            {
                result = await socket.ReceiveAsync(buffer, timeout.Token);
                if (result.MessageType == WebSocketMessageType.Close) return null;
                text.Append(Encoding.UTF8.GetString(buffer, 0, result.Count));
            }
            while (!result.EndOfMessage);

            var message = JsonNode.Parse(text.ToString())!.AsObject();
            if (pings || message["type"]!.GetValue<string>() != "ping") return message;
        }
    }

    /// <summary>Reads until the server closes and returns its close code and reason.</summary>
    public async Task<(int Code, string? Reason)> ClosedAsync()
    {
        while (await ReceiveAsync() is not null)
        {
        }

        return ((int)socket.CloseStatus!.Value, socket.CloseStatusDescription);
    }

    public void Dispose() => socket.Dispose();
}
