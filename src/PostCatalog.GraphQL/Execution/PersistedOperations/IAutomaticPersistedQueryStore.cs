namespace PostCatalog.GraphQL.Execution.PersistedOperations;

/// <summary>
/// Where automatic persisted queries are kept: in this process (<see cref="AutomaticPersistedQueryStore"/>, the
/// default) or somewhere every replica shares (a host registers its own, e.g. a database table), so a query registered
/// through one server is known to all.
/// </summary>
public interface IAutomaticPersistedQueryStore
{
    /// <summary>The document stored under <paramref name="hash"/> (sha256, lower-case hex), or null.</summary>
    ValueTask<string?> TryGetAsync(string hash, CancellationToken cancellationToken);

    /// <summary>
    /// Keeps <paramref name="document"/> under <paramref name="hash"/>. The executor has checked that the hash is the
    /// document's sha256 (lower-case hex, <see cref="Caching.DocumentHash"/>): a store only stores.
    /// </summary>
    ValueTask SaveAsync(string hash, string document, CancellationToken cancellationToken);
}
