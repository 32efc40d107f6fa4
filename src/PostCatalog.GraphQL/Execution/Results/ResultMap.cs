using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace PostCatalog.GraphQL.Execution.Results;

/// <summary>
/// The result of a selection set: response names in the order fields were collected, each with its value
/// (a leaf's serialized CLR value, a <see cref="ResultMap"/>, a <see cref="ResultList"/> or null).
/// Reads as a dictionary so tests and hosts can inspect it; written as a JSON object by <see cref="ResultWriter"/>.
/// </summary>
public sealed class ResultMap : ResultNode, IReadOnlyDictionary<string, object?>
{
    private string[] _names;
    private object?[] _values;
    private int _count;

    public ResultMap(int capacity = 4)
    {
        _names = new string[Math.Max(capacity, 1)];
        _values = new object?[_names.Length];
    }

    public int Count => _count;

    /// <summary>Appends a field and returns its slot index; its value is filled in later with <see cref="SetValue"/>.</summary>
    public int Add(string responseName, object? value = null)
    {
        if (_count == _names.Length)
        {
            Array.Resize(ref _names, _count * 2);
            Array.Resize(ref _values, _count * 2);
        }
        _names[_count] = responseName;
        _values[_count] = value;
        return _count++;
    }

    public override void SetValue(int index, object? value) => _values[index] = value;

    public string NameAt(int index) => _names[index];

    public object? ValueAt(int index) => _values[index];

    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    public IEnumerable<string> Keys => _names.Take(_count);

    public IEnumerable<object?> Values => _values.Take(_count);

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        var index = IndexOf(key);
        value = index >= 0 ? _values[index] : null;
        return index >= 0;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < _count; i++) yield return new(_names[i], _values[i]);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(string key)
    {
        for (var i = 0; i < _count; i++)
            if (string.Equals(_names[i], key, StringComparison.Ordinal)) return i;
        return -1;
    }
}
