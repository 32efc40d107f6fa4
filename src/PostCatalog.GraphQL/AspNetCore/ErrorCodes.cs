namespace PostCatalog.GraphQL.AspNetCore;

/// <summary>HotChocolate's error codes for the HTTP layer, so clients written against a HotChocolate server read ours unchanged.</summary>
public static class ErrorCodes
{
    public const string InvalidRequest = "HC0009";
    public const string RequestTooLarge = "HC0010";
    public const string SyntaxError = "HC0011";
    public const string UnexpectedRequestError = "HC0012";
    public const string PersistedQueryNotFound = "HC0020";
    public const string IntrospectionNotAllowed = "HC0046";
    public const string CostExceeded = "HC0047";
    public const string Timeout = "HC0045";
}
