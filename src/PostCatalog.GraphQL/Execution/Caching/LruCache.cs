namespace PostCatalog.GraphQL.Execution.Caching;

/// <summary>
/// A thread-safe cache holding at most <see cref="Capacity"/> entries; adding past that evicts the least
/// recently used one. Reads take a short lock: they are far cheaper than the parse or compile they save.
/// </summary>
public sealed class LruCache<TKey, TValue> where TKey : notnull
{
    private readonly object _sync = new();
    private readonly Dictionary<TKey, LinkedListNode<KeyValuePair<TKey, TValue>>> _index;
    private readonly LinkedList<KeyValuePair<TKey, TValue>> _recency = new();

    public LruCache(int capacity, IEqualityComparer<TKey>? comparer = null)
    {
        Capacity = Math.Max(1, capacity);
        _index = new(comparer);
    }

    public int Capacity { get; }

    public int Count
    {
        get { lock (_sync) return _index.Count; }
    }

    public bool TryGet(TKey key, out TValue value)
    {
        lock (_sync)
        {
            if (_index.TryGetValue(key, out var node))
            {
                _recency.Remove(node);
                _recency.AddFirst(node);
                value = node.Value.Value;
                return true;
            }
        }
        value = default!;
        return false;
    }

    public void Set(TKey key, TValue value)
    {
        lock (_sync)
        {
            if (_index.TryGetValue(key, out var existing))
            {
                _recency.Remove(existing);
                _index.Remove(key);
            }
            var node = _recency.AddFirst(new KeyValuePair<TKey, TValue>(key, value));
            _index[key] = node;
            while (_index.Count > Capacity)
            {
                var last = _recency.Last!;
                _recency.RemoveLast();
                _index.Remove(last.Value.Key);
            }
        }
    }

    public TValue GetOrAdd(TKey key, Func<TKey, TValue> create)
    {
        if (TryGet(key, out var value)) return value;
        value = create(key);
        Set(key, value);
        return value;
    }
}
