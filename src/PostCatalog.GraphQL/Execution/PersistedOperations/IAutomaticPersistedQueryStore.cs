namespace PostCatalog.GraphQL.Execution.PersistedOperations;

/// <summary>
/// Where automatic persisted queries are kept: in this process (<see cref="AutomaticPersistedQueryStore"/>, the
/// default) or somewhere every replica shares (a host registers its own, e.g. a database table), so a query registered
/// through one server is known to all.
/// </summary>
public interface IAutomaticPersistedQueryStore
{
    /// <summary>The document stored under <paramref name="hash"/> (sha256, hex), or null.</summary>
    ValueTask<string?> TryGetAsync(string hash, CancellationToken cancellationToken);

    /// <summary>Stores the document when <paramref name="hash"/> is its sha256; returns false when it is not.</summary>
    ValueTask<bool> TrySaveAsync(string hash, string document, CancellationToken cancellationToken);
}
