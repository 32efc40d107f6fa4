using System.Runtime.CompilerServices;
using Microsoft.Extensions.Options;
using PostCatalog.Api.Schema.Memo;

namespace PostCatalog.Api.Schema.Live;

/// <summary>
/// Polls the catalog's version (<see cref="ICatalogVersion"/>: SQLite's <c>PRAGMA data_version</c>, which moves when
/// another connection commits) every <see cref="LiveCatalogOptions.PollInterval"/>. A poll reads the file's change
/// counter, no table, so it costs microseconds; the interval is how late an event may be.
/// </summary>
public sealed class PollingCommitSource(ICatalogVersion version, IOptions<LiveCatalogOptions> options) : ICatalogCommitSource
{
    public async IAsyncEnumerable<long> WatchAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var last = version.Current();
        yield return last;
        using var timer = new PeriodicTimer(options.Value.PollInterval);
        while (await timer.WaitForNextTickAsync(cancellationToken))
        {
            var current = version.Current();
            if (current != last)
            {
                last = current;
                yield return current;
            }
        }
    }
}
