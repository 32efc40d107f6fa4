using Microsoft.Extensions.DependencyInjection;
using PostCatalog.GraphQL.Execution;

namespace PostCatalog.Api.Tests.Transports;

/// <summary>graphql-transport-ws on /graphql, as the graphql-ws package and HotChocolate speak it.</summary>
public sealed class WebSocketProtocolTests(LiveApiFactory api) : IClassFixture<LiveApiFactory>
{
    [Fact]
    public async Task Connection_init_is_acknowledged_and_a_ping_gets_a_pong_with_its_payload()
    {
        using var socket = await api.ConnectAsync();

        await socket.InitAsync();
        await socket.SendAsync("""{"type":"ping","payload":{"n":1}}""");

        var pong = (await socket.ReceiveAsync())!;
        Assert.Equal("pong", pong["type"]!.GetValue<string>());
        Assert.Equal(1, pong["payload"]!["n"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_server_pings_an_acknowledged_connection_every_keep_alive_interval()
    {
        using var socket = await api.ConnectAsync();
        await socket.InitAsync();

        Assert.Equal("ping", (await socket.ReceiveAsync(pings: true))!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_socket_that_sends_no_connection_init_in_time_is_closed_with_4408()
    {
        using var socket = await api.ConnectAsync();

        Assert.Equal((4408, "Connection initialisation timeout"), await socket.ClosedAsync());
    }

    [Fact]
    public async Task A_connection_init_the_server_refuses_is_closed_with_4403()
    {
        using var socket = await api.ConnectAsync();

        await socket.SendAsync("""{"type":"connection_init","payload":{"refuse":true}}""");

        Assert.Equal((4403, "Forbidden"), await socket.ClosedAsync());
    }

    [Fact]
    public async Task A_subscribe_before_the_acknowledgement_is_closed_with_4401()
    {
        using var socket = await api.ConnectAsync();

        await socket.SendAsync("""{"id":"1","type":"subscribe","payload":{"query":"{ posts(first: 1) { totalCount } }"}}""");

        Assert.Equal((4401, "Unauthorized"), await socket.ClosedAsync());
    }

    [Fact]
    public async Task A_second_connection_init_is_closed_with_4429()
    {
        using var socket = await api.ConnectAsync();
        await socket.InitAsync();

        await socket.SendAsync("""{"type":"connection_init"}""");

        Assert.Equal((4429, "Too many initialisation requests"), await socket.ClosedAsync());
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"type":"shout"}""")]
    [InlineData("""{"id":"1","type":"subscribe"}""")]
    [InlineData("""{"id":"1","type":"subscribe","payload":{"query":7}}""")]
    public async Task A_message_that_is_not_the_protocols_is_closed_with_4400(string message)
    {
        using var socket = await api.ConnectAsync();
        await socket.InitAsync();

        await socket.SendAsync(message);

        Assert.Equal((4400, "Invalid message received"), await socket.ClosedAsync());
    }

    [Fact]
    public async Task A_socket_without_the_subprotocol_is_closed_with_4406()
    {
        using var socket = await api.ConnectAsync("graphql-ws");

        Assert.Equal((4406, "Subprotocol not acceptable"), await socket.ClosedAsync());
    }

    [Fact]
    public async Task A_query_gets_next_with_its_result_then_complete()
    {
        using var socket = await api.ConnectAsync();
        await socket.InitAsync();

        await socket.SendAsync("""{"id":"q","type":"subscribe","payload":{"query":"query($n: Int) { posts(first: $n) { nodes { title } } }","variables":{"n":2}}}""");

        var next = (await socket.ReceiveAsync())!;
        Assert.Equal(("q", "next"), (next["id"]!.GetValue<string>(), next["type"]!.GetValue<string>()));
        Assert.Equal(2, next["payload"]!["data"]!["posts"]!["nodes"]!.AsArray().Count);
        var complete = (await socket.ReceiveAsync())!;
        Assert.Equal(("q", "complete"), (complete["id"]!.GetValue<string>(), complete["type"]!.GetValue<string>()));
    }

    [Fact]
    public async Task An_invalid_operation_gets_one_error_message_with_the_errors_and_the_socket_stays_open()
    {
        using var socket = await api.ConnectAsync();
        await socket.InitAsync();

        await socket.SendAsync("""{"id":"bad","type":"subscribe","payload":{"query":"subscription { postAdded { nope } }"}}""");
        var error = (await socket.ReceiveAsync())!;
        await socket.SendAsync("""{"id":"bad","type":"subscribe","payload":{"query":"{ posts(first: 1) { totalCount } }"}}""");

        Assert.Equal("error", error["type"]!.GetValue<string>());
        Assert.Contains("nope", error["payload"]![0]!["message"]!.GetValue<string>());
        Assert.Equal("next", (await socket.ReceiveAsync())!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_subscribe_with_the_id_of_a_running_operation_is_closed_with_4409()
    {
        using var socket = await api.ConnectAsync();
        await socket.InitAsync();

        await socket.SendAsync("""{"id":"s","type":"subscribe","payload":{"query":"subscription { catalogChanged { removed } }"}}""");
        await socket.SendAsync("""{"id":"s","type":"subscribe","payload":{"query":"subscription { catalogChanged { removed } }"}}""");

        Assert.Equal((4409, "Subscriber for s already exists"), await socket.ClosedAsync());
    }

    [Fact]
    public async Task One_operation_more_than_a_connection_may_run_gets_an_error_and_completing_one_makes_room()
    {
        using var socket = await api.ConnectAsync();
        await socket.InitAsync();
        for (var i = 0; i < LiveApiFactory.MaxSubscriptionsPerConnection; i++)
        {
            await socket.SendAsync($$$"""{"id":"s{{{i}}}","type":"subscribe","payload":{"query":"subscription { catalogChanged { removed } }"}}""");
        }

        await socket.SendAsync("""{"id":"extra","type":"subscribe","payload":{"query":"subscription { catalogChanged { removed } }"}}""");
        var refused = (await socket.ReceiveAsync())!;
        await socket.SendAsync("""{"id":"s0","type":"complete"}""");
        await socket.SendAsync("""{"id":"q","type":"subscribe","payload":{"query":"{ posts(first: 1) { totalCount } }"}}""");

        Assert.Equal(("extra", "error"), (refused["id"]!.GetValue<string>(), refused["type"]!.GetValue<string>()));
        Assert.Equal("TOO_MANY_SUBSCRIPTIONS", refused["payload"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal("next", (await socket.ReceiveAsync())!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task Complete_from_the_client_and_closing_the_socket_end_its_subscriptions_on_the_server()
    {
        var executor = api.Services.GetRequiredService<RequestExecutor>();
        var before = executor.ActiveSubscriptions;
        using (var socket = await api.ConnectAsync())
        {
            await socket.InitAsync();
            await socket.SendAsync("""{"id":"a","type":"subscribe","payload":{"query":"subscription { catalogChanged { removed } }"}}""");
            await socket.SendAsync("""{"id":"b","type":"subscribe","payload":{"query":"subscription { postAdded { title } }"}}""");
            Assert.True(await Eventually(() => executor.ActiveSubscriptions == before + 2));

            await socket.SendAsync("""{"id":"a","type":"complete"}""");
            Assert.True(await Eventually(() => executor.ActiveSubscriptions == before + 1));
            await socket.Socket.CloseAsync(System.Net.WebSockets.WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);
        }

        Assert.True(await Eventually(() => executor.ActiveSubscriptions == before));
    }

    [Fact]
    public async Task A_client_over_its_connection_limit_is_closed_with_4429()
    {
        var sockets = new List<TestSocket>();
        try
        {
            for (var i = 0; i < LiveApiFactory.MaxConnectionsPerClient; i++)
            {
                var socket = await api.ConnectAsync();
                await socket.InitAsync();
                sockets.Add(socket);
            }

            using var oneTooMany = await api.ConnectAsync();
            Assert.Equal((4429, "Too many connections from this client"), await oneTooMany.ClosedAsync());
        }
        finally
        {
            foreach (var socket in sockets) socket.Dispose();
        }
    }

    private static async Task<bool> Eventually(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++) await Task.Delay(10);
        return condition();
    }
}
