using PostCatalog.GraphQL.Language;
using PostCatalog.GraphQL.Types;

namespace PostCatalog.GraphQL.Execution;

/// <summary>
/// The operation types a transport lets a request run: GET allows only queries (it must not change anything), a plain
/// POST queries and mutations, a streaming transport (WebSocket, Server-Sent Events) every type. The executor refuses
/// the others with <see cref="ErrorCodes.OperationNotAllowed"/>, so a transport never parses a document to find out.
/// </summary>
[Flags]
public enum AllowedOperations
{
    Query = 1,
    Mutation = 2,
    Subscription = 4,
    All = Query | Mutation | Subscription,
}

public static class AllowedOperationsExtensions
{
    public static bool Allows(this AllowedOperations allowed, OperationType type) => type switch
    {
        OperationType.Query => allowed.HasFlag(AllowedOperations.Query),
        OperationType.Mutation => allowed.HasFlag(AllowedOperations.Mutation),
        _ => allowed.HasFlag(AllowedOperations.Subscription),
    };

    /// <summary>The error for a request whose chosen operation is of a type it does not allow; null when allowed or not found
    /// (choosing the operation reports that later).</summary>
    internal static GraphQLError? Refuse(DocumentNode document, OperationRequest request)
    {
        if (request.AllowedOperations == AllowedOperations.All) return null;
        OperationDefinitionNode operation;
        try
        {
            operation = Planning.OperationCompiler.GetOperation(document, request.OperationName);
        }
        catch (GraphQLException)
        {
            return null;
        }

        if (request.AllowedOperations.Allows(operation.Operation)) return null;
        var type = operation.Operation.ToString().ToLowerInvariant();
        var hint = operation.Operation == OperationType.Subscription
            ? "subscriptions need a streaming transport: a WebSocket (graphql-transport-ws) or Server-Sent Events (Accept: text/event-stream)"
            : $"this transport accepts only {Describe(request.AllowedOperations)}";
        return GraphQLError.At($"The operation is a {type}, and {hint}.", operation)
            .WithCode(ErrorCodes.OperationNotAllowed)
            .WithExtension("operationType", type);
    }

    private static string Describe(AllowedOperations allowed) => string.Join(" and ", new[]
    {
        allowed.HasFlag(AllowedOperations.Query) ? "queries" : null,
        allowed.HasFlag(AllowedOperations.Mutation) ? "mutations" : null,
        allowed.HasFlag(AllowedOperations.Subscription) ? "subscriptions" : null,
    }.Where(s => s is not null));
}
