namespace PostCatalog.GraphQL.AspNetCore.Requests;

/// <summary>The HTTP request could not be read as a GraphQL request. Carries the HTTP status and the HotChocolate error code to send.</summary>
public sealed class RequestReadException(string message, string code, int statusCode = 400) : Exception(message)
{
    public string Code { get; } = code;
    public int StatusCode { get; } = statusCode;
}
