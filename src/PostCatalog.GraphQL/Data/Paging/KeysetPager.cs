using System.Linq.Expressions;
using System.Reflection;
using PostCatalog.GraphQL.Data.Sorting;

namespace PostCatalog.GraphQL.Data.Paging;

/// <summary>
/// Keyset (seek) cursor paging over an <see cref="IQueryable{T}"/>. The ordering is the client's sort keys plus the
/// id as a final tie-breaker, so every row has one place. A page is a seek predicate from the cursor, the ordering,
/// and LIMIT n+1 (the extra row tells whether there is a next page): page 100 costs what page 1 costs, and a page
/// stays put when rows are added or removed elsewhere. Backward pages (<c>last</c>/<c>before</c>) reverse the
/// ordering in SQL and flip the rows back in memory.
/// </summary>
public sealed class KeysetPager<T>
{
    private static readonly ConstructorInfo RowConstructor = typeof(KeysetRow).GetConstructors().Single();

    private readonly IReadOnlyList<SortKey> _keys;
    private readonly KeysetCursor _cursor;
    private readonly Expression<Func<T, KeysetRow>> _row;
    private readonly Lazy<Func<T, KeysetRow>> _compiledRow;

    /// <param name="sortKeys">The client's ordering (may be empty).</param>
    /// <param name="id">The unique key appended, ascending, as the tie-breaker.</param>
    public KeysetPager(IReadOnlyList<SortKey> sortKeys, LambdaExpression id)
    {
        _keys = [.. sortKeys, new SortKey(id, Descending: false)];
        _cursor = new KeysetCursor(_keys);
        _row = RowProjection(_keys);
        _compiledRow = new(_row.Compile);
    }

    public IReadOnlyList<SortKey> Keys => _keys;

    /// <summary>The query for one page: seek predicates from the cursors, the ordering (reversed for <c>last</c>) and LIMIT n+1.</summary>
    /// <param name="source">The filtered, not yet ordered query.</param>
    public IQueryable<T> PageQuery(IQueryable<T> source, PagingArguments arguments, PagingOptions options)
    {
        var query = source;
        if (arguments.After is not null)
        {
            var after = _cursor.Decode(arguments.After, PagingArguments.AfterName);
            query = query.Where(KeysetPredicate.Build<T>(_keys, after, after: true, inclusive: false));
        }

        if (arguments.Before is not null)
        {
            var before = _cursor.Decode(arguments.Before, PagingArguments.BeforeName);
            query = query.Where(KeysetPredicate.Build<T>(_keys, before, after: false, inclusive: false));
        }

        var keys = arguments.IsBackward ? _keys.Select(k => k.Reversed()).ToList() : _keys;
        return SortExpressionBuilder.Apply(query, keys).Take(PageSize(arguments, options) + 1);
    }

    /// <summary>Runs the page query and builds the connection; <c>totalCount</c> is left to run only if selected.</summary>
    public async ValueTask<Connection<T>> ExecuteAsync(
        IQueryable<T> source, PagingArguments arguments, PagingOptions options,
        IQueryableExecutor? executor = null, CancellationToken cancellationToken = default)
    {
        executor ??= QueryableExecutor.Instance;
        var pageSize = PageSize(arguments, options);
        var rows = await executor.ToListAsync(PageQuery(source, arguments, options).Select(_row), cancellationToken);

        var hasMore = rows.Count > pageSize;
        if (hasMore)
        {
            rows.RemoveAt(rows.Count - 1);
        }

        if (arguments.IsBackward)
        {
            rows.Reverse();
        }

        // The side the client came from: rows at or beyond its cursor exist unless they were all deleted since.
        var hasBeyondCursor = arguments.IsBackward
            ? arguments.Before is not null && await ExistsAsync(source, arguments.Before, PagingArguments.BeforeName, after: true, executor, cancellationToken)
            : arguments.After is not null && await ExistsAsync(source, arguments.After, PagingArguments.AfterName, after: false, executor, cancellationToken);

        var edges = rows.Select(r => new Edge<T>((T)r.Item, _cursor.Encode(r.Keys))).ToList();
        var pageInfo = new PageInfo(
            HasNextPage: arguments.IsBackward ? hasBeyondCursor : hasMore,
            HasPreviousPage: arguments.IsBackward ? hasMore : hasBeyondCursor,
            StartCursor: edges.Count > 0 ? edges[0].Cursor : null,
            EndCursor: edges.Count > 0 ? edges[^1].Cursor : null);

        return new Connection<T>(edges, pageInfo, ct => executor.CountAsync(source, ct));
    }

    /// <summary>The cursor of a row, as it would appear on its edge.</summary>
    /// <remarks>Reads the keys in memory, so navigations in nested sort keys must be loaded.</remarks>
    public string CursorOf(T item) => _cursor.Encode(_compiledRow.Value(item).Keys);

    private ValueTask<bool> ExistsAsync(
        IQueryable<T> source, string cursor, string argument, bool after,
        IQueryableExecutor executor, CancellationToken cancellationToken)
    {
        var values = _cursor.Decode(cursor, argument);
        return executor.AnyAsync(source.Where(KeysetPredicate.Build<T>(_keys, values, after, inclusive: true)), cancellationToken);
    }

    private static int PageSize(PagingArguments arguments, PagingOptions options) =>
        arguments.First ?? arguments.Last ?? options.DefaultPageSize;

    /// <summary><c>x =&gt; new KeysetRow(x, new object[] { x.Key1, ..., x.Id })</c>: the key values come back with the row, even through navigations that are not loaded.</summary>
    private static Expression<Func<T, KeysetRow>> RowProjection(IReadOnlyList<SortKey> keys)
    {
        var entity = Expression.Parameter(typeof(T), "x");
        var values = keys.Select(k => (Expression)Expression.Convert(ParameterReplacer.Inline(k.Selector, entity), typeof(object)));
        var body = Expression.New(RowConstructor, Expression.Convert(entity, typeof(object)), Expression.NewArrayInit(typeof(object), values));
        return Expression.Lambda<Func<T, KeysetRow>>(body, entity);
    }
}

/// <summary>A fetched row with its sort key values, for its cursor.</summary>
public sealed record KeysetRow(object Item, object?[] Keys);
