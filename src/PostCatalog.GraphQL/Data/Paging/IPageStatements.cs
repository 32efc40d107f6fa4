namespace PostCatalog.GraphQL.Data.Paging;

/// <summary>
/// How the pager's three kinds of statement run: the rows of a page segment, whether rows lie beyond a cursor, and
/// the total count. A root connection runs them directly (<see cref="DirectPageStatements{T}"/>); a connection nested
/// under a list hands them to a batch that sends one statement for every parent (<see cref="Batching.NestedConnectionBatch{T}"/>).
/// </summary>
public interface IPageStatements<T>
{
    /// <summary>The rows of one ordered, limited page segment, with their sort key values (for cursors), in order.</summary>
    ValueTask<IReadOnlyList<KeysetRow>> RowsAsync(IQueryable<T> orderedSegment, CancellationToken cancellationToken);

    /// <summary>Whether <paramref name="query"/> has any row.</summary>
    ValueTask<bool> AnyAsync(IQueryable<T> query, CancellationToken cancellationToken);

    /// <summary>
    /// The <c>totalCount</c> of <paramref name="source"/>, run only when the field is read: <paramref name="planned"/>
    /// when the host planned a cheaper count (<see cref="Sorting.SortedQuery{T}.PlannedCount"/>), else a COUNT of the source.
    /// </summary>
    Func<CancellationToken, ValueTask<int>> Count(IQueryable<T> source, Func<CancellationToken, ValueTask<int>>? planned);
}

/// <summary>One statement per question, through the host's <see cref="IQueryableExecutor"/>; the sort key values come back from SQL with each row.</summary>
public class DirectPageStatements<T>(IQueryableExecutor executor, System.Linq.Expressions.Expression<Func<T, KeysetRow>> row)
    : IPageStatements<T>
{
    public async ValueTask<IReadOnlyList<KeysetRow>> RowsAsync(IQueryable<T> orderedSegment, CancellationToken cancellationToken) =>
        await executor.ToListAsync(orderedSegment.Select(row), cancellationToken).ConfigureAwait(false);

    public ValueTask<bool> AnyAsync(IQueryable<T> query, CancellationToken cancellationToken) =>
        executor.AnyAsync(query, cancellationToken);

    public virtual Func<CancellationToken, ValueTask<int>> Count(IQueryable<T> source, Func<CancellationToken, ValueTask<int>>? planned) =>
        planned ?? (ct => executor.CountAsync(source, ct));
}

/// <summary>
/// A root connection's statements: direct, with <c>totalCount</c> remembered by the host's <see cref="Memo.IResultMemo"/>
/// (when it registers one) under the field and its arguments other than paging and order, which are all a root
/// connection's rows depend on.
/// </summary>
internal sealed class RootConnectionStatements<T>(IQueryableExecutor executor, KeysetPager<T> pager, Memo.IResultMemo memo, string key)
    : DirectPageStatements<T>(executor, pager.Row)
{
    private static readonly string[] PageArguments =
        [PagingArguments.FirstName, PagingArguments.AfterName, PagingArguments.LastName, PagingArguments.BeforeName, Sorting.SortingFieldExtensions.ArgumentName];

    /// <remarks>The memo key is only built when the client reads <c>totalCount</c>: most pages do not.</remarks>
    public static DirectPageStatements<T> For(Types.IResolverContext context, KeysetPager<T> pager, IQueryableExecutor executor) =>
        ConnectionSelection.Reads(context, "totalCount") && context.Services.GetService(typeof(Memo.IResultMemo)) is Memo.IResultMemo memo
            ? new RootConnectionStatements<T>(executor, pager, memo, "totalCount:" + Memo.ArgumentKey.Of(context, PageArguments))
            : new DirectPageStatements<T>(executor, pager.Row);

    public override Func<CancellationToken, ValueTask<int>> Count(IQueryable<T> source, Func<CancellationToken, ValueTask<int>>? planned)
    {
        var count = base.Count(source, planned);
        return ct => memo.GetOrAddAsync(key, count, ct);
    }
}
