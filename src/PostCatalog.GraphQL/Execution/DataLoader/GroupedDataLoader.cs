namespace PostCatalog.GraphQL.Execution.DataLoader;

/// <summary>The fetch of a grouped loader: one call for many keys, any number of values per key.</summary>
public delegate ValueTask<ILookup<TKey, TValue>> FetchGroups<TKey, TValue>(
    IReadOnlyList<TKey> keys, CancellationToken cancellationToken) where TKey : notnull;

/// <summary>
/// One-to-many loads (the categories of a post): all keys queued before a dispatch go to one fetch call,
/// and each key gets its group, empty when the fetch has none for it.
/// </summary>
public class GroupedDataLoader<TKey, TValue> : DataLoaderBase<TKey, TValue[]> where TKey : notnull
{
    private readonly FetchGroups<TKey, TValue>? _fetch;

    public GroupedDataLoader(FetchGroups<TKey, TValue> fetch, IEqualityComparer<TKey>? keyComparer = null)
        : base(keyComparer)
    {
        _fetch = fetch;
    }

    protected GroupedDataLoader(IEqualityComparer<TKey>? keyComparer = null) : base(keyComparer) { }

    protected virtual ValueTask<ILookup<TKey, TValue>> LoadGroupedBatchAsync(
        IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
        => _fetch is null
            ? throw new InvalidOperationException($"{GetType().Name} must override {nameof(LoadGroupedBatchAsync)} or be given a fetch delegate.")
            : _fetch(keys, cancellationToken);

    protected sealed override async ValueTask<Func<TKey, TValue[]>> FetchAsync(
        IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        var groups = await LoadGroupedBatchAsync(keys, cancellationToken).ConfigureAwait(false);
        return key => groups[key].ToArray();
    }
}
