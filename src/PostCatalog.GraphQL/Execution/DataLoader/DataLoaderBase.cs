namespace PostCatalog.GraphQL.Execution.DataLoader;

/// <summary>
/// Queues keys and caches one task per key for the lifetime of a request, so a key asked for twice is
/// fetched once and every load queued before a dispatch goes out in the same batch.
/// </summary>
public abstract class DataLoaderBase<TKey, TValue> : IDataLoader, IScopedDataLoader where TKey : notnull
{
    private readonly object _sync = new();
    private readonly Dictionary<TKey, TaskCompletionSource<TValue>> _cache;
    private List<KeyValuePair<TKey, TaskCompletionSource<TValue>>> _batch = new();
    private DataLoaderScope? _scope;

    protected DataLoaderBase(IEqualityComparer<TKey>? keyComparer = null)
    {
        _cache = new Dictionary<TKey, TaskCompletionSource<TValue>>(keyComparer);
    }

    /// <summary>Registering the loader in a scope lets the scope know when keys are queued.</summary>
    void IScopedDataLoader.AttachTo(DataLoaderScope scope) => _scope = scope;

    public bool HasPendingBatch
    {
        get { lock (_sync) return _batch.Count > 0; }
    }

    /// <summary>Queues <paramref name="key"/> for the next batch; the task completes when that batch has been fetched.</summary>
    public Task<TValue> LoadAsync(TKey key)
    {
        bool firstInBatch;
        TaskCompletionSource<TValue> promise;
        lock (_sync)
        {
            if (_cache.TryGetValue(key, out var cached))
                return cached.Task;
            // Continuations run inline when the batch completes, so a resolver that loads again right away
            // queues its next key before the scope looks for the next batch.
            promise = new TaskCompletionSource<TValue>();
            _cache.Add(key, promise);
            _batch.Add(new(key, promise));
            firstInBatch = _batch.Count == 1;
        }
        if (firstInBatch) _scope?.NotifyBatchQueued();
        return promise.Task;
    }

    /// <summary>Loads several keys; the values come back in the order of the keys.</summary>
    public async Task<IReadOnlyList<TValue>> LoadAsync(IEnumerable<TKey> keys)
    {
        var tasks = keys.Select(LoadAsync).ToArray();
        return await Task.WhenAll(tasks).ConfigureAwait(false);
    }

    /// <summary>Primes the cache with a value known without fetching it (no effect if the key is cached).</summary>
    public void Set(TKey key, TValue value)
    {
        lock (_sync)
        {
            if (_cache.ContainsKey(key)) return;
            var promise = new TaskCompletionSource<TValue>();
            promise.SetResult(value);
            _cache.Add(key, promise);
        }
    }

    /// <summary>Forgets a cached key so the next load fetches it again.</summary>
    public void Remove(TKey key)
    {
        lock (_sync) _cache.Remove(key);
    }

    public async Task DispatchAsync(CancellationToken cancellationToken = default)
    {
        List<KeyValuePair<TKey, TaskCompletionSource<TValue>>> batch;
        lock (_sync)
        {
            if (_batch.Count == 0) return;
            batch = _batch;
            _batch = new();
        }

        var keys = new TKey[batch.Count];
        for (var i = 0; i < keys.Length; i++) keys[i] = batch[i].Key;

        try
        {
            var complete = await FetchAsync(keys, cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < batch.Count; i++)
                batch[i].Value.TrySetResult(complete(batch[i].Key));
        }
        catch (Exception ex)
        {
            // A failed fetch fails every key of the batch; they are dropped from the cache so a retry can succeed.
            lock (_sync)
                foreach (var entry in batch) _cache.Remove(entry.Key);
            foreach (var entry in batch)
            {
                if (ex is OperationCanceledException) entry.Value.TrySetCanceled(cancellationToken);
                else entry.Value.TrySetException(ex);
            }
        }
    }

    /// <summary>Fetches one batch and returns how to look up the value of each key.</summary>
    protected abstract ValueTask<Func<TKey, TValue>> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);
}
