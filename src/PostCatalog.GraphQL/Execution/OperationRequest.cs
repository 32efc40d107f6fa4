namespace PostCatalog.GraphQL.Execution;

/// <summary>
/// One GraphQL request as a transport received it: the document (as text, as a parsed tree, or by persisted id),
/// the operation to run, variables and extensions. <see cref="ContextData"/> carries host state to resolvers.
/// </summary>
public sealed record OperationRequest
{
    public string? Query { get; init; }
    public Language.DocumentNode? Document { get; init; }
    /// <summary>The id (hash) of a persisted document, used when <see cref="Query"/> is absent.</summary>
    public string? DocumentId { get; init; }
    /// <summary>
    /// An automatic persisted query's sha256 (Apollo's <c>extensions.persistedQuery.sha256Hash</c>): with
    /// <see cref="Query"/> the executor stores the document under it; alone it finds the document by it.
    /// </summary>
    public string? PersistedQueryHash { get; init; }
    public string? OperationName { get; init; }
    public IReadOnlyDictionary<string, object?>? Variables { get; init; }
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }
    public IDictionary<string, object?> ContextData { get; init; } = new Dictionary<string, object?>();
    /// <summary>The operation types the transport lets this request run (GET: queries only).</summary>
    public AllowedOperations AllowedOperations { get; init; } = AllowedOperations.All;

    public static OperationRequest FromQuery(string query, string? operationName = null,
        IReadOnlyDictionary<string, object?>? variables = null)
        => new() { Query = query, OperationName = operationName, Variables = variables };
}
