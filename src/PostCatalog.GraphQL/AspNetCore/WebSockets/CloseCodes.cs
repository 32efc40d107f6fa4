namespace PostCatalog.GraphQL.AspNetCore.WebSockets;

/// <summary>The close codes of the graphql-transport-ws protocol (graphql-ws's <c>CloseCode</c>), with the reasons it sends.</summary>
public static class CloseCodes
{
    public const string Protocol = "graphql-transport-ws";

    /// <summary>A message that is not JSON, not an object, of an unknown type or a wrong shape; or one too large.</summary>
    public const int BadRequest = 4400;
    /// <summary>A <c>subscribe</c> before the connection was acknowledged.</summary>
    public const int Unauthorized = 4401;
    /// <summary>The server refused the <c>connection_init</c>.</summary>
    public const int Forbidden = 4403;
    /// <summary>The client did not ask for the <c>graphql-transport-ws</c> subprotocol.</summary>
    public const int SubprotocolNotAcceptable = 4406;
    /// <summary>No <c>connection_init</c> within the init timeout.</summary>
    public const int ConnectionInitialisationTimeout = 4408;
    /// <summary>A <c>subscribe</c> with the id of an operation still running.</summary>
    public const int SubscriberAlreadyExists = 4409;
    /// <summary>A second <c>connection_init</c>; also used here when a client opens more connections than allowed.</summary>
    public const int TooManyInitialisationRequests = 4429;
    /// <summary>The server failed.</summary>
    public const int InternalServerError = 4500;
}
