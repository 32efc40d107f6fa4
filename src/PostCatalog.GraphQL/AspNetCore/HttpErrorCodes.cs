namespace PostCatalog.GraphQL.AspNetCore;

/// <summary>HotChocolate's codes for failures of the HTTP request itself (the executor's codes are in Execution.ErrorCodes).</summary>
public static class HttpErrorCodes
{
    /// <summary>The body or query string is not a GraphQL request.</summary>
    public const string InvalidRequest = "HC0009";
    /// <summary>The request is larger than <see cref="GraphQLServerOptions.MaxRequestBytes"/>.</summary>
    public const string RequestTooLarge = "HC0010";
    /// <summary>Only trusted documents are accepted and the request sent a query text.</summary>
    public const string OnlyTrustedDocuments = "HC0067";
    /// <summary>A WebSocket already runs <see cref="SubscriptionOptions.MaxSubscriptionsPerConnection"/> operations.</summary>
    public const string TooManySubscriptions = "TOO_MANY_SUBSCRIPTIONS";
    /// <summary>A client already holds <see cref="SubscriptionOptions.MaxConnectionsPerClient"/> streaming connections.</summary>
    public const string TooManyConnections = "TOO_MANY_CONNECTIONS";
}
