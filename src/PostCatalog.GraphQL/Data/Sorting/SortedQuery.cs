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

    /// <summary>The same ordering over a query derived from <see cref="Source"/>, e.g. filtered.</summary>
    public SortedQuery<T> WithSource(IQueryable<T> source) => new(source, Keys);

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
