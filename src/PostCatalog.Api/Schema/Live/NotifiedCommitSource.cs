using System.Runtime.CompilerServices;
using System.Threading.Channels;
using PostCatalog.Api.Schema.Memo;

namespace PostCatalog.Api.Schema.Live;

/// <summary>
/// PostgreSQL: wakes the feed when the catalog's version announces a change (<see cref="ICatalogVersion.Changed"/>,
/// raised by <see cref="PostgresCatalogVersion"/> for every <c>NOTIFY</c> an import's commit sends), so every replica
/// hears every commit at once, with no poll. Wake-ups that arrive while the feed is reading fold into one: the feed
/// reads everything committed since it last looked anyway.
/// </summary>
public sealed class NotifiedCommitSource(ICatalogVersion version) : ICatalogCommitSource
{
    public async IAsyncEnumerable<long> WatchAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var wakes = Channel.CreateBounded<long>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest });
        void OnChanged(long current) => wakes.Writer.TryWrite(current);
        version.Changed += OnChanged;
        try
        {
            yield return version.Current();
            while (await wakes.Reader.WaitToReadAsync(cancellationToken))
            {
                while (wakes.Reader.TryRead(out var current))
                {
                    yield return current;
                }
            }
        }
        finally
        {
            version.Changed -= OnChanged;
        }
    }
}
