using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace PostCatalog.GraphQL.Types;

/// <summary>An ordered, read-only list of named members (fields, arguments, enum values) with lookup by name.</summary>
public sealed class NamedCollection<T> : IReadOnlyList<T> where T : class, IHasName
{
    private readonly T[] _items;
    private readonly Dictionary<string, T> _byName = new(StringComparer.Ordinal);

    public NamedCollection(IEnumerable<T> items)
    {
        _items = items.ToArray();
        foreach (var item in _items)
        {
            // Duplicates are reported by schema validation; lookups see the first.
            _byName.TryAdd(item.Name, item);
        }
    }

    public static NamedCollection<T> Empty { get; } = new([]);

    public int Count => _items.Length;

    public T this[int index] => _items[index];

    /// <summary>The member called <paramref name="name"/>; throws when there is none.</summary>
    public T this[string name] => _byName.TryGetValue(name, out var item)
        ? item
        : throw new KeyNotFoundException($"\"{name}\" is not defined.");

    public bool ContainsName(string name) => _byName.ContainsKey(name);

    public bool TryGet(string name, [NotNullWhen(true)] out T? item) => _byName.TryGetValue(name, out item);

    public T? Find(string name) => _byName.GetValueOrDefault(name);

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();
}
