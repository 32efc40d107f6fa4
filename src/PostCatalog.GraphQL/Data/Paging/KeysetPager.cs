using System.Linq.Expressions;
using System.Reflection;
using PostCatalog.GraphQL.Data.Sorting;

namespace PostCatalog.GraphQL.Data.Paging;

/// <summary>
/// Keyset (seek) cursor paging over an <see cref="IQueryable{T}"/>. The ordering is the client's sort keys plus the
/// id as a final tie-breaker, so every row has one place. A page is a seek from the cursor (<see cref="KeysetSeek"/>),
/// the ordering, and LIMIT n+1 (the extra row tells whether there is a next page): page 1,000 costs what page 1 costs,
/// and a page stays put when rows are added or removed elsewhere. Backward pages (<c>last</c>/<c>before</c>) reverse
/// the ordering in SQL and flip the rows back in memory.
/// <para>
/// The id takes the direction of the last sort key (ascending when there is none): <c>publishedAt DESC</c> pages by
/// <c>published_at DESC, id DESC</c>, exactly the order of an index on <c>published_at</c> (SQLite appends the rowid
/// to every index) read backwards, so the database walks the index from the cursor instead of sorting the table.
/// A cursor records the directions in its fingerprint, so one issued when the id was always ascending is HC0078
/// under a descending order, never a wrong page.
/// </para>
/// </summary>
public sealed class KeysetPager<T>
{
    private static readonly ConstructorInfo RowConstructor = typeof(KeysetRow).GetConstructors().Single();

    private readonly IReadOnlyList<SortKey> _keys;
    private readonly IReadOnlyList<SortKey> _reversedKeys;
    private readonly KeysetCursor _cursor;
    private readonly Expression<Func<T, KeysetRow>> _row;
    private readonly Lazy<Func<T, KeysetRow>> _compiledRow;
    private readonly LambdaExpression? _projection;

    /// <param name="sortKeys">The client's ordering (may be empty).</param>
    /// <param name="id">The unique key appended as the tie-breaker, in the direction of the last sort key.</param>
    /// <param name="projection">
    /// <c>x =&gt; new T { ... }</c>: what a fetched row carries (<see cref="Projections.NodeProjection"/>); the whole row when null.
    /// </param>
    public KeysetPager(IReadOnlyList<SortKey> sortKeys, LambdaExpression id, LambdaExpression? projection = null)
    {
        _keys = [.. sortKeys, new SortKey(id, Descending: sortKeys.Count > 0 && sortKeys[^1].Descending)];
        _reversedKeys = [.. _keys.Select(k => k.Reversed())];
        _cursor = new KeysetCursor(_keys);
        _projection = projection;
        _row = RowProjection(_keys, projection);
        // In memory the row is at hand: its keys are read off it, never through a projection.
        _compiledRow = new(() => (projection is null ? _row : RowProjection(_keys, null)).Compile());
        KeysAreColumns = _keys.All(k => k.Selector.Body is MemberExpression { Expression: ParameterExpression });
    }

    public IReadOnlyList<SortKey> Keys => _keys;

    /// <summary><c>x =&gt; new T { ... }</c>, the columns a fetched row carries (with the keys'); null when rows are fetched whole.</summary>
    public LambdaExpression? Projection => _projection;

    /// <summary><c>x =&gt; new KeysetRow(x, [keys...])</c>: a row with its key values read by SQL.</summary>
    public Expression<Func<T, KeysetRow>> Row => _row;

    /// <summary>
    /// The queries for one page, in the order they are read: each is a seek segment from the cursor
    /// (<see cref="KeysetSeek"/>; one unless the first key's NULL block comes later), ordered (reversed for
    /// <c>last</c>) and limited to n+1. A later segment only runs, for the rows still missing, when the ones before
    /// returned fewer than that.
    /// </summary>
    /// <param name="source">The filtered, not yet ordered query.</param>
    public IReadOnlyList<IQueryable<T>> PageQueries(IQueryable<T> source, PagingArguments arguments, PagingOptions options) =>
        [.. OrderedSegments(source, arguments).Select(query => query.Take(PageSize(arguments, options) + 1))];

    /// <summary>Runs the page queries and builds the connection; <c>totalCount</c> is left to run only if selected.</summary>
    /// <param name="readsCursorSide">
    /// Whether the client reads the page info flag for the side it came from (<c>hasPreviousPage</c> after an
    /// <c>after</c> cursor, <c>hasNextPage</c> before a <c>before</c> cursor). Answering it costs an existence query;
    /// when nobody reads it, it is skipped and the flag is false.
    /// </param>
    public ValueTask<Connection<T>> ExecuteAsync(
        IQueryable<T> source, PagingArguments arguments, PagingOptions options,
        IQueryableExecutor? executor = null, CancellationToken cancellationToken = default, bool readsCursorSide = true) =>
        ExecuteAsync(source, arguments, options, new DirectPageStatements<T>(executor ?? QueryableExecutor.Instance, _row),
            cancellationToken, readsCursorSide);

    /// <summary>Runs the page through <paramref name="statements"/>: directly, or batched with the other parents of a nested connection.</summary>
    /// <param name="readsPage">False when the client selects only <c>totalCount</c>: no row is fetched.</param>
    /// <param name="plannedCount">The host's cheaper count of <paramref name="source"/>, if it planned one.</param>
    public async ValueTask<Connection<T>> ExecuteAsync(
        IQueryable<T> source, PagingArguments arguments, PagingOptions options, IPageStatements<T> statements,
        CancellationToken cancellationToken = default, bool readsCursorSide = true, bool readsPage = true,
        Func<CancellationToken, ValueTask<int>>? plannedCount = null)
    {
        var pageSize = PageSize(arguments, options);
        var rows = new List<KeysetRow>(pageSize + 1);
        // A client that reads only totalCount gets no page statement (the cursors are still decoded: a bad one is HC0078).
        var segments = OrderedSegments(source, arguments);
        foreach (var query in readsPage ? segments : [])
        {
            // Each segment asks for n+1 rows; the segments after the first only run to fill what is missing.
            var missing = pageSize + 1 - rows.Count;
            rows.AddRange(await statements.RowsAsync(query.Take(missing), cancellationToken).ConfigureAwait(false));
            if (rows.Count > pageSize) break;
        }

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
        var cursor = arguments.IsBackward ? arguments.Before : arguments.After;
        var hasBeyondCursor = readsCursorSide && cursor is not null && await ExistsBeyondAsync(
            source, cursor, arguments.IsBackward ? PagingArguments.BeforeName : PagingArguments.AfterName,
            arguments.IsBackward ? _keys : _reversedKeys, statements, cancellationToken);

        var edges = rows.Select(r => new Edge<T>((T)r.Item, _cursor.Encode(r.Keys))).ToList();
        var pageInfo = new PageInfo(
            HasNextPage: arguments.IsBackward ? hasBeyondCursor : hasMore,
            HasPreviousPage: arguments.IsBackward ? hasMore : hasBeyondCursor,
            StartCursor: edges.Count > 0 ? edges[0].Cursor : null,
            EndCursor: edges.Count > 0 ? edges[^1].Cursor : null);

        return new Connection<T>(edges, pageInfo, statements.Count(source, plannedCount));
    }

    /// <summary>The ordering the page's statements read in: the keys, reversed for <c>last</c>/<c>before</c>.</summary>
    public IReadOnlyList<SortKey> FetchOrder(PagingArguments arguments) => arguments.IsBackward ? _reversedKeys : _keys;

    /// <summary>The cursor of a row, as it would appear on its edge.</summary>
    /// <remarks>Reads the keys in memory, so navigations in nested sort keys must be loaded.</remarks>
    public string CursorOf(T item) => _cursor.Encode(_compiledRow.Value(item).Keys);

    /// <summary>
    /// True when every sort key is a column of the row itself (<c>p =&gt; p.PublishedAt</c>), so a fetched entity
    /// carries its own cursor values and <see cref="RowOf"/> can read them in memory. Keys through navigations
    /// (<c>c =&gt; c.Posts.Count</c>) come back from SQL only, and are never batched.
    /// </summary>
    public bool KeysAreColumns { get; }

    /// <summary>An entity fetched without its key values, with them read in memory (<see cref="KeysAreColumns"/> only).</summary>
    public KeysetRow RowOf(T item) => _compiledRow.Value(item!);

    /// <summary>The seek segments from the page's cursor, each filtered and ordered, not yet limited.</summary>
    private IEnumerable<IQueryable<T>> OrderedSegments(IQueryable<T> source, PagingArguments arguments)
    {
        var keys = arguments.IsBackward ? _reversedKeys : _keys;
        var (seekCursor, seekArgument, boundCursor, boundArgument) = arguments.IsBackward
            ? (arguments.Before, PagingArguments.BeforeName, arguments.After, PagingArguments.AfterName)
            : (arguments.After, PagingArguments.AfterName, arguments.Before, PagingArguments.BeforeName);

        // Both cursors are decoded before any query runs, so a bad one costs no query.
        var seek = seekCursor is null ? null : _cursor.Decode(seekCursor, seekArgument);
        if (boundCursor is not null)
        {
            // The cursor on the far side (before with first, after with last) only bounds the page: the plain predicate.
            var bound = _cursor.Decode(boundCursor, boundArgument);
            source = source.Where(KeysetPredicate.Build<T>(_keys, bound, after: arguments.IsBackward, inclusive: false));
        }

        if (seek is null)
        {
            return [SortExpressionBuilder.Apply(source, keys)];
        }

        return KeysetSeek.Segments<T>(keys, seek, inclusive: false)
            .Select(segment => SortExpressionBuilder.Apply(source.Where(segment), keys)).ToList();
    }

    /// <summary>Whether any row lies at or beyond the cursor, looking away from the page (<paramref name="keys"/>: the page's ordering reversed); one seek per segment until one answers yes.</summary>
    private async ValueTask<bool> ExistsBeyondAsync(
        IQueryable<T> source, string cursor, string argument, IReadOnlyList<SortKey> keys,
        IPageStatements<T> statements, CancellationToken cancellationToken)
    {
        var values = _cursor.Decode(cursor, argument);
        foreach (var segment in KeysetSeek.Segments<T>(keys, values, inclusive: true))
        {
            if (await statements.AnyAsync(source.Where(segment), cancellationToken).ConfigureAwait(false)) return true;
        }

        return false;
    }

    private static int PageSize(PagingArguments arguments, PagingOptions options) =>
        arguments.First ?? arguments.Last ?? options.DefaultPageSize;

    /// <summary>
    /// <c>x =&gt; new KeysetRow(x, new object[] { x.Key1, ..., x.Id })</c>: the key values come back with the row, even
    /// through navigations that are not loaded; with a projection the row is <c>new T { ... }</c>, its columns only.
    /// </summary>
    private static Expression<Func<T, KeysetRow>> RowProjection(IReadOnlyList<SortKey> keys, LambdaExpression? projection)
    {
        var entity = Expression.Parameter(typeof(T), "x");
        var values = keys.Select(k => (Expression)Expression.Convert(ParameterReplacer.Inline(k.Selector, entity), typeof(object)));
        var item = projection is null ? entity : ParameterReplacer.Inline(projection, entity);
        var body = Expression.New(RowConstructor, Expression.Convert(item, typeof(object)), Expression.NewArrayInit(typeof(object), values));
        return Expression.Lambda<Func<T, KeysetRow>>(body, entity);
    }
}

/// <summary>A fetched row with its sort key values, for its cursor.</summary>
public sealed record KeysetRow(object Item, object?[] Keys);
