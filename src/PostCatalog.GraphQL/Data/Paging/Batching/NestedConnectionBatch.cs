using PostCatalog.GraphQL.Data.Sorting;
using PostCatalog.GraphQL.Execution.DataLoader;
using PostCatalog.GraphQL.Types;

namespace PostCatalog.GraphQL.Data.Paging.Batching;

/// <summary>
/// The statements of one connection field nested under a list (<c>categories { nodes { posts(first: 5) } }</c>),
/// shared by every parent on the level: each parent builds its page exactly as a root connection would (filter,
/// keyset seek, order, n+1), and the batch sends all parents' pages as one statement, each parent an arm of a
/// <c>UNION ALL</c>. The count and the cursor-side existence check are batched the same way. So a level costs the
/// same few statements for 2 parents or 50, and each arm keeps the root page's index seek (see the folder README
/// for why this shape, not a <c>ROW_NUMBER()</c> window, is what SQLite runs fastest).
/// <para>One batch per selection and request, found through <see cref="For"/>; its loaders are dispatched by the
/// request's <see cref="DataLoaderScope"/> with every other loader of the level.</para>
/// </summary>
public sealed class NestedConnectionBatch<T>
{
    private readonly UnionRowsLoader<T> _rows;
    private readonly UnionAnyLoader<T> _any;
    private readonly UnionCountLoader<T> _counts;

    private NestedConnectionBatch(DataLoaderScope scope, ISelection selection, IQueryableExecutor executor,
        KeysetPager<T> pager, IReadOnlyList<SortKey> fetchOrder, int maxArms)
    {
        // Every parent of the selection has the same keys, so the first parent's pager reads the key values of all
        // rows: its row projection is compiled once per selection, not once per parent.
        _rows = scope.GetOrRegister(selection, "connection.rows",
            () => new UnionRowsLoader<T>(executor, fetchOrder, maxArms, pager.RowOf, pager.Projection));
        _any = scope.GetOrRegister(selection, "connection.any", () => new UnionAnyLoader<T>(executor, maxArms, _rows.Gate));
        _counts = scope.GetOrRegister(selection, "connection.count", () => new UnionCountLoader<T>(executor, maxArms, _rows.Gate));
    }

    /// <summary>
    /// The batch of <paramref name="context"/>'s selection, when its page can be batched: the field is not on the
    /// root type (a root field has one parent) and its sort keys are columns of the row (<see cref="KeysetPager{T}.KeysAreColumns"/>).
    /// </summary>
    public static NestedConnectionBatch<T>? For(IResolverContext context, KeysetPager<T> pager, PagingArguments arguments,
        IQueryableExecutor executor, PagingOptions options)
    {
        if (ReferenceEquals(context.ObjectType, context.Schema.QueryType) || !pager.KeysAreColumns || options.MaxBatchedParents < 2)
        {
            return null;
        }

        return new NestedConnectionBatch<T>(context.DataLoaders(), context.Selection, executor, pager,
            pager.FetchOrder(arguments), options.MaxBatchedParents);
    }

    /// <summary>The statements of one parent: its questions become arms of the level's statements.</summary>
    public IPageStatements<T> ForParent() => new ParentStatements(this);

    private sealed class ParentStatements(NestedConnectionBatch<T> batch) : IPageStatements<T>
    {
        public async ValueTask<IReadOnlyList<KeysetRow>> RowsAsync(IQueryable<T> orderedSegment, CancellationToken cancellationToken)
        {
            var items = await batch._rows.LoadAsync(batch._rows.Add(orderedSegment)).ConfigureAwait(false);
            return [.. items.Select(batch._rows.RowOf)];
        }

        public async ValueTask<bool> AnyAsync(IQueryable<T> query, CancellationToken cancellationToken) =>
            await batch._any.LoadAsync(batch._any.Add(query)).ConfigureAwait(false);

        public Func<CancellationToken, ValueTask<int>> Count(IQueryable<T> source, Func<CancellationToken, ValueTask<int>>? planned)
        {
            // A host's planned count (the catalog's post counts per category, batched and remembered) wins; otherwise
            // the arm is queued only when totalCount is read, so every parent's count goes out in one statement.
            return planned ?? (async _ => await batch._counts.LoadAsync(batch._counts.Add(source)).ConfigureAwait(false));
        }
    }
}
