using System.Collections.Concurrent;

namespace PostCatalog.GraphQL.Execution.DataLoader;

/// <summary>
/// The DataLoaders of one request. The executor runs every resolver it can, then calls
/// <see cref="DispatchAsync"/> so that all loads queued meanwhile (siblings, cousins, one level of a tree)
/// go out as one fetch per loader. Only one dispatch runs at a time: results that arrive inside a dispatch
/// let their resolvers queue the next level's keys before that level is dispatched.
/// </summary>
public sealed class DataLoaderScope
{
    private readonly ConcurrentDictionary<string, IDataLoader> _loaders = new();
    private readonly ConcurrentDictionary<(object Owner, string Name), IDataLoader> _ownedLoaders = new(OwnerComparer.Instance);
    private int _activeDispatches;

    /// <summary>Raised when a loader queues the first key of a batch while no dispatch is running.</summary>
    public event Action? BatchQueued;

    /// <summary>True while a dispatch is fetching or completing its tasks.</summary>
    public bool IsDispatching => Volatile.Read(ref _activeDispatches) > 0;

    public bool HasPendingBatches
    {
        get
        {
            foreach (var loader in AllLoaders())
                if (loader.HasPendingBatch) return true;
            return false;
        }
    }

    /// <summary>The loader registered under <paramref name="key"/>, created by <paramref name="factory"/> on first use.</summary>
    public T GetOrRegister<T>(string key, Func<T> factory) where T : IDataLoader
    {
        if (_loaders.TryGetValue(key, out var existing)) return (T)existing;
        var created = _loaders.GetOrAdd(key, _ =>
        {
            var loader = factory();
            if (loader is IScopedDataLoader scoped) scoped.AttachTo(this);
            return loader;
        });
        return (T)created;
    }

    /// <summary>
    /// The loader <paramref name="name"/> of <paramref name="owner"/> (compared by reference), e.g. of one selection
    /// of the operation: every parent of a nested connection shares its selection's loaders, and two selections of the
    /// same field (aliases with other arguments) never share one.
    /// </summary>
    public T GetOrRegister<T>(object owner, string name, Func<T> factory) where T : IDataLoader
    {
        var key = (owner, name);
        if (_ownedLoaders.TryGetValue(key, out var existing)) return (T)existing;
        return (T)_ownedLoaders.GetOrAdd(key, _ =>
        {
            var loader = factory();
            if (loader is IScopedDataLoader scoped) scoped.AttachTo(this);
            return loader;
        });
    }

    /// <summary>The loader of type <typeparamref name="T"/>, one instance per request.</summary>
    public T GetOrRegister<T>(Func<T> factory) where T : IDataLoader
        => GetOrRegister(typeof(T).FullName ?? typeof(T).Name, factory);

    /// <summary>Fetches the pending batch of every loader (concurrently) and completes their tasks.</summary>
    public async Task DispatchAsync(CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _activeDispatches);
        try
        {
            var dispatches = new List<Task>();
            foreach (var loader in AllLoaders())
                if (loader.HasPendingBatch) dispatches.Add(loader.DispatchAsync(cancellationToken));
            await Task.WhenAll(dispatches).ConfigureAwait(false);
        }
        finally
        {
            Interlocked.Decrement(ref _activeDispatches);
        }
        if (HasPendingBatches) BatchQueued?.Invoke();
    }

    private IEnumerable<IDataLoader> AllLoaders() => _ownedLoaders.IsEmpty ? _loaders.Values : _loaders.Values.Concat(_ownedLoaders.Values);

    internal void NotifyBatchQueued()
    {
        if (!IsDispatching) BatchQueued?.Invoke();
    }
}

/// <summary>Owners by reference, names by value.</summary>
internal sealed class OwnerComparer : IEqualityComparer<(object Owner, string Name)>
{
    public static OwnerComparer Instance { get; } = new();

    public bool Equals((object Owner, string Name) x, (object Owner, string Name) y) =>
        ReferenceEquals(x.Owner, y.Owner) && x.Name == y.Name;

    public int GetHashCode((object Owner, string Name) key) =>
        HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(key.Owner), key.Name);
}

/// <summary>A loader that tells its scope when it queues a batch.</summary>
internal interface IScopedDataLoader
{
    void AttachTo(DataLoaderScope scope);
}
