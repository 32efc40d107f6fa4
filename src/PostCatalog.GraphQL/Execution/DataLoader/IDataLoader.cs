namespace PostCatalog.GraphQL.Execution.DataLoader;

/// <summary>
/// A loader whose queued keys can be fetched in one call. The <see cref="DataLoaderScope"/> of a request
/// dispatches every loader with pending keys when the executor has nothing else to run.
/// </summary>
public interface IDataLoader
{
    /// <summary>True when keys were queued since the last dispatch.</summary>
    bool HasPendingBatch { get; }

    /// <summary>Fetches every queued key in one call and completes their tasks.</summary>
    Task DispatchAsync(CancellationToken cancellationToken = default);
}
