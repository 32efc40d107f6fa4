namespace PostCatalog.GraphQL.Execution;

/// <summary>Limits and switches of a <see cref="RequestExecutor"/>; bind it from configuration in the host.</summary>
public sealed record ExecutionOptions
{
    public static ExecutionOptions Default { get; } = new();

    /// <summary>How long one request may run before it is cancelled with HC0045 (default 30 s).</summary>
    public TimeSpan ExecutionTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Whether <c>__schema</c> and <c>__type</c> may be queried; when off they fail with HC0046.</summary>
    public bool EnableIntrospection { get; init; } = true;

    /// <summary>How many parsed documents are kept, keyed by document hash.</summary>
    public int DocumentCacheSize { get; init; } = 256;

    /// <summary>How many compiled operations are kept, keyed by document hash and operation name.</summary>
    public int OperationCacheSize { get; init; } = 256;

    /// <summary>Most validation errors reported for one document before validation stops.</summary>
    public int MaxValidationErrors { get; init; } = 5;

    /// <summary>Expose the exception message of unexpected resolver errors to clients (development only).</summary>
    public bool IncludeExceptionDetails { get; init; }
}
