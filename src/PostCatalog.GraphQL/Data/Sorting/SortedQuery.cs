using System.Collections;
using System.Linq.Expressions;

namespace PostCatalog.GraphQL.Data.Sorting;

/// <summary>
/// What the sorting middleware hands outward: the ordered query (so a plain list field just enumerates it) plus the
/// unordered source and the client's sort keys, so filtering can add its WHERE and paging can build its keyset
/// ordering from the same keys instead of ordering twice.
/// </summary>
public sealed class SortedQuery<T> : IOrderedQueryable<T>, IAsyncEnumerable<T>
{
    private readonly IQueryable<T> _ordered;

    public SortedQuery(IQueryable<T> source, IReadOnlyList<SortKey> keys)
    {
        Source = source;
        Keys = keys;
        _ordered = keys.Count == 0 ? source : SortExpressionBuilder.Apply(source, keys);
    }

    /// <summary>The query before ordering.</summary>
    public IQueryable<T> Source { get; }

    /// <summary>The client's ordering (empty when it gave none).</summary>
    public IReadOnlyList<SortKey> Keys { get; }

    /// <summary>
    /// A cheaper way to count <see cref="Source"/>'s rows that a host planned (the catalog counts a relation filter on
    /// its link table); the pager uses it for <c>totalCount</c>. Null: count the source.
    /// </summary>
    public Func<CancellationToken, ValueTask<int>>? PlannedCount { get; private init; }

    /// <summary>The same ordering over a query derived from <see cref="Source"/>, e.g. filtered (a planned count no longer applies).</summary>
    public SortedQuery<T> WithSource(IQueryable<T> source) => new(source, Keys);

    /// <summary>The same query in another ordering; the count does not depend on it.</summary>
    public SortedQuery<T> WithKeys(IReadOnlyList<SortKey> keys) => new(Source, keys) { PlannedCount = PlannedCount };

    /// <summary>The same query, counted by <paramref name="count"/>, which must give the number of rows of <see cref="Source"/>.</summary>
    public SortedQuery<T> WithPlannedCount(Func<CancellationToken, ValueTask<int>> count) => new(Source, Keys) { PlannedCount = count };

    public Type ElementType => typeof(T);

    public Expression Expression => _ordered.Expression;

    public IQueryProvider Provider => _ordered.Provider;

    public IEnumerator<T> GetEnumerator() => _ordered.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default) =>
        _ordered is IAsyncEnumerable<T> asyncQuery
            ? asyncQuery.GetAsyncEnumerator(cancellationToken)
            : _ordered.ToAsyncEnumerable().GetAsyncEnumerator(cancellationToken);
}
