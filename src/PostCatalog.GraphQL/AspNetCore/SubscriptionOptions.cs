namespace PostCatalog.GraphQL.AspNetCore;

/// <summary>
/// Limits of the streaming transports (WebSocket, Server-Sent Events) and of the events behind them; bound from
/// "GraphQL:Subscriptions". Every limit is on by default.
/// </summary>
public sealed class SubscriptionOptions
{
    public const string Section = "GraphQL:Subscriptions";

    /// <summary>Open streaming connections (WebSockets and event streams together) one client IP address may hold;
    /// beyond it a WebSocket is closed with 4429 and an event stream gets 429.</summary>
    public int MaxConnectionsPerClient { get; set; } = 16;

    /// <summary>Operations one WebSocket may run at once; one more is refused with close code 4429.</summary>
    public int MaxSubscriptionsPerConnection { get; set; } = 32;

    /// <summary>How long a WebSocket may wait before its <c>connection_init</c>; then it is closed with 4408 (graphql-ws's
    /// default is 3 s; HotChocolate's 10 s).</summary>
    public TimeSpan ConnectionInitTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often the server pings an idle WebSocket (a <c>ping</c> message) and writes a comment to an event
    /// stream, so proxies keep the connection open and a gone client is noticed. Zero turns it off.</summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Events buffered for one subscriber that reads slowly; one more ends that subscription with an error
    /// (SUBSCRIPTION_ENDED) and frees the buffer. Other subscribers are not slowed.</summary>
    public int EventBuffer { get; set; } = 64;
}
