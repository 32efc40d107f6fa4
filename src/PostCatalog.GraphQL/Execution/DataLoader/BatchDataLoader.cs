namespace PostCatalog.GraphQL.Execution.DataLoader;

/// <summary>The fetch of a batch loader: one call for many keys, at most one value per key.</summary>
public delegate ValueTask<IReadOnlyDictionary<TKey, TValue>> FetchBatch<TKey, TValue>(
    IReadOnlyList<TKey> keys, CancellationToken cancellationToken) where TKey : notnull;

/// <summary>
/// One-to-one loads (a post by id): all keys queued before a dispatch go to one fetch call.
/// A key the fetch does not return loads as <c>default</c> (null).
/// Use it with a delegate, or subclass it and override <see cref="LoadBatchAsync"/>.
/// </summary>
public class BatchDataLoader<TKey, TValue> : DataLoaderBase<TKey, TValue?> where TKey : notnull
{
    private readonly FetchBatch<TKey, TValue>? _fetch;

    public BatchDataLoader(FetchBatch<TKey, TValue> fetch, IEqualityComparer<TKey>? keyComparer = null)
        : base(keyComparer)
    {
        _fetch = fetch;
    }

    protected BatchDataLoader(IEqualityComparer<TKey>? keyComparer = null) : base(keyComparer) { }

    protected virtual ValueTask<IReadOnlyDictionary<TKey, TValue>> LoadBatchAsync(
        IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
        => _fetch is null
            ? throw new InvalidOperationException($"{GetType().Name} must override {nameof(LoadBatchAsync)} or be given a fetch delegate.")
            : _fetch(keys, cancellationToken);

    protected sealed override async ValueTask<Func<TKey, TValue?>> FetchAsync(
        IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        var values = await LoadBatchAsync(keys, cancellationToken).ConfigureAwait(false);
        return key => values.TryGetValue(key, out var value) ? value : default;
    }
}
