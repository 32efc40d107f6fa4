namespace PostCatalog.Api.Schema.Live;

/// <summary>
/// Tells the change feed when an import may have committed, in this process or any other on the same catalog. A
/// signal only wakes the feed, which then reads the new <c>import_runs</c> rows itself, so an extra wake-up is
/// harmless and a signal carries no data. SQLite: <see cref="PollingCommitSource"/> (<c>PRAGMA data_version</c>);
/// PostgreSQL: <see cref="NotifiedCommitSource"/> (<c>LISTEN</c>/<c>NOTIFY</c>).
/// </summary>
public interface ICatalogCommitSource
{
    /// <summary>Yields once at once (so the feed catches up with commits made while it started), then after every commit.</summary>
    IAsyncEnumerable<long> WatchAsync(CancellationToken cancellationToken);
}
