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

    internal static GraphQLError NotAllowed(Planning.CompiledOperation operation, AllowedOperations allowed)
    {
        var type = operation.OperationType.ToString().ToLowerInvariant();
        var hint = operation.OperationType == OperationType.Subscription
            ? "subscriptions need a streaming transport: a WebSocket (graphql-transport-ws) or Server-Sent Events (Accept: text/event-stream)"
            : $"this transport accepts only {Describe(allowed)}";
        var location = operation.Definition.Location is { } at ? new[] { new ErrorLocation(at.Line, at.Column) } : null;
        return new GraphQLError($"The operation is a {type}, and {hint}.", location)
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
