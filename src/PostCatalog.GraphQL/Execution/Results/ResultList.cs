using System.Collections;

namespace PostCatalog.GraphQL.Execution.Results;

/// <summary>The result of a list field: one completed value per item, in the order the resolver gave them.</summary>
public sealed class ResultList : ResultNode, IReadOnlyList<object?>
{
    private readonly object?[] _items;

    public ResultList(int count) => _items = count == 0 ? [] : new object?[count];

    public int Count => _items.Length;

    public object? this[int index] => _items[index];

    public override void SetValue(int index, object? value) => _items[index] = value;

    public IEnumerator<object?> GetEnumerator() => ((IEnumerable<object?>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();
}
