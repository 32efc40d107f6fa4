using System.Linq.Expressions;
using PostCatalog.GraphQL.Data.Sorting;
using PostCatalog.GraphQL.Execution.DataLoader;

namespace PostCatalog.GraphQL.Data.Paging.Batching;

/// <summary>A row of one arm of a <c>UNION ALL</c>: which parent's query it answers, and the row.</summary>
/// <remarks>A class with setters, not a record: LINQ providers translate member initialisation and compose over it.</remarks>
public sealed class ArmRow<T>
{
    public int Arm { get; set; }

    public T Item { get; set; } = default!;
}

/// <summary>A count per arm, from one <c>GROUP BY</c> over the arms' rows.</summary>
public sealed class ArmCount
{
    public int Arm { get; set; }

    public int Count { get; set; }
}

/// <summary>
/// A loader whose keys are arms: each parent adds its query and loads the arm's answer. Queries queued before a
/// dispatch are sent together, <see cref="_maxArms"/> arms to a statement (SQLite allows 500 arms in a compound
/// select and 32,766 parameters in a statement).
/// </summary>
public abstract class UnionLoader<T, TValue>(IQueryableExecutor executor, int maxArms, SemaphoreSlim? gate) : DataLoaderBase<int, TValue>
{
    private readonly Dictionary<int, IQueryable<T>> _queries = [];
    private readonly int _maxArms = maxArms;
    private int _next;

    protected IQueryableExecutor Executor { get; } = executor;

    /// <summary>
    /// Held while a statement runs. The parents' queries share one context of the host's ORM (a query may not mix
    /// contexts), and such a context runs one statement at a time, so the loaders of one selection take turns.
    /// </summary>
    public SemaphoreSlim Gate { get; } = gate ?? new SemaphoreSlim(1, 1);

    /// <summary>Records a parent's query and returns its arm, the key to load.</summary>
    public int Add(IQueryable<T> query)
    {
        lock (_queries)
        {
            var arm = _next++;
            _queries.Add(arm, query);
            return arm;
        }
    }

    protected sealed override async ValueTask<Func<int, TValue>> FetchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        (int Arm, IQueryable<T> Query)[] arms;
        lock (_queries)
        {
            arms = [.. keys.Select(k => (k, _queries[k]))];
            foreach (var key in keys) _queries.Remove(key);
        }

        var answers = new Dictionary<int, TValue>(arms.Length);
        await Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await FetchChunksAsync(arms, answers, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Gate.Release();
        }

        return arm => answers.TryGetValue(arm, out var value) ? value : Empty;
    }

    private async Task FetchChunksAsync((int Arm, IQueryable<T> Query)[] arms, Dictionary<int, TValue> answers, CancellationToken cancellationToken)
    {
        foreach (var chunk in arms.Chunk(_maxArms))
        {
            if (chunk.Length == 1)
            {
                answers[chunk[0].Arm] = await OneAsync(chunk[0].Query, cancellationToken).ConfigureAwait(false);
                continue;
            }

            foreach (var (arm, value) in await ManyAsync(chunk, cancellationToken).ConfigureAwait(false))
                answers[arm] = value;
        }
    }

    /// <summary>The answer of an arm with no row in the union's result.</summary>
    protected abstract TValue Empty { get; }

    /// <summary>One arm alone: the plain statement, as a root connection sends it.</summary>
    protected abstract ValueTask<TValue> OneAsync(IQueryable<T> query, CancellationToken cancellationToken);

    /// <summary>Several arms in one statement.</summary>
    protected abstract ValueTask<IEnumerable<(int Arm, TValue Value)>> ManyAsync(
        (int Arm, IQueryable<T> Query)[] arms, CancellationToken cancellationToken);

    /// <summary>
    /// <c>arm0 UNION ALL arm1 ...</c>, each row tagged with its arm's position in <paramref name="arms"/> (not its key,
    /// so the statement's text, and the provider's cache of translated queries, depends only on how many arms it has).
    /// </summary>
    protected static IQueryable<TRow> Union<TRow>((int Arm, IQueryable<T> Query)[] arms, Func<int, IQueryable<T>, IQueryable<TRow>> tag) =>
        arms.Select((a, position) => tag(position, a.Query)).Aggregate(Queryable.Concat);

    /// <summary>What an arm's row carries, over <see cref="ItemParameter"/>: the row itself, or <c>new T { ... }</c> of a projection.</summary>
    protected static Expression ItemOf(LambdaExpression? projection) =>
        projection is null ? ItemParameter : ParameterReplacer.Inline(projection, ItemParameter);

    /// <summary>The arm's rows tagged with the arm, each carrying <paramref name="item"/> (<see cref="ItemOf"/>).</summary>
    protected static IQueryable<ArmRow<T>> Tagged(int arm, IQueryable<T> query, Expression item) =>
        query.Select(Expression.Lambda<Func<T, ArmRow<T>>>(
            Expression.MemberInit(Expression.New(typeof(ArmRow<T>)),
                Expression.Bind(typeof(ArmRow<T>).GetProperty(nameof(ArmRow<T>.Arm))!, Expression.Constant(arm)),
                Expression.Bind(typeof(ArmRow<T>).GetProperty(nameof(ArmRow<T>.Item))!, item)),
            ItemParameter));

    protected static IQueryable<int> ArmOnly(int arm, IQueryable<T> query) =>
        query.Select(Expression.Lambda<Func<T, int>>(Expression.Constant(arm), ItemParameter));

    private static readonly ParameterExpression ItemParameter = Expression.Parameter(typeof(T), "x");
}

/// <summary>The rows of each parent's page segment: one statement whose arms are the parents' ordered, limited pages.</summary>
/// <param name="rowOf">Reads a fetched row's sort key values in memory (for its cursor), the same for every parent.</param>
/// <param name="projection">The page's <see cref="KeysetPager{T}.Projection"/>: every arm reads only those columns.</param>
public sealed class UnionRowsLoader<T>(IQueryableExecutor executor, IReadOnlyList<SortKey> fetchOrder, int maxArms, Func<T, KeysetRow> rowOf,
    LambdaExpression? projection = null)
    : UnionLoader<T, IReadOnlyList<T>>(executor, maxArms, gate: null)
{
    public Func<T, KeysetRow> RowOf { get; } = rowOf;

    private readonly IReadOnlyList<SortKey> _order = OuterOrder(fetchOrder);

    // Built once per selection, not once per arm: every parent's arm carries the same columns.
    private readonly Expression _item = ItemOf(projection);
    private readonly Expression<Func<T, T>>? _projection = (Expression<Func<T, T>>?)projection;

    /// <summary>The arm, then each key of the page's ordering read through <see cref="ArmRow{T}.Item"/>.</summary>
    private static IReadOnlyList<SortKey> OuterOrder(IReadOnlyList<SortKey> fetchOrder)
    {
        var row = Expression.Parameter(typeof(ArmRow<T>), "r");
        var item = Expression.Property(row, nameof(ArmRow<T>.Item));
        return
        [
            new SortKey(Expression.Lambda(Expression.Property(row, nameof(ArmRow<T>.Arm)), row), Descending: false),
            .. fetchOrder.Select(k => k with { Selector = Expression.Lambda(ParameterReplacer.Inline(k.Selector, item), row) }),
        ];
    }

    protected override IReadOnlyList<T> Empty => [];

    protected override async ValueTask<IReadOnlyList<T>> OneAsync(IQueryable<T> query, CancellationToken cancellationToken) =>
        await Executor.ToListAsync(_projection is null ? query : query.Select(_projection), cancellationToken).ConfigureAwait(false);

    protected override async ValueTask<IEnumerable<(int Arm, IReadOnlyList<T> Value)>> ManyAsync(
        (int Arm, IQueryable<T> Query)[] arms, CancellationToken cancellationToken)
    {
        // A UNION ALL keeps no order of its own: the outer ORDER BY is the arm, then the page's ordering.
        var ordered = SortExpressionBuilder.Apply(Union(arms, (arm, query) => Tagged(arm, query, _item)), _order);
        var rows = await Executor.ToListAsync(ordered, cancellationToken).ConfigureAwait(false);
        return rows.GroupBy(r => r.Arm).Select(g => (arms[g.Key].Arm, (IReadOnlyList<T>)[.. g.Select(r => r.Item)]));
    }
}

/// <summary>Whether each parent's query has a row: one statement of <c>LIMIT 1</c> arms.</summary>
public sealed class UnionAnyLoader<T>(IQueryableExecutor executor, int maxArms, SemaphoreSlim gate) : UnionLoader<T, bool>(executor, maxArms, gate)
{
    protected override bool Empty => false;

    protected override ValueTask<bool> OneAsync(IQueryable<T> query, CancellationToken cancellationToken) =>
        Executor.AnyAsync(query, cancellationToken);

    protected override async ValueTask<IEnumerable<(int Arm, bool Value)>> ManyAsync(
        (int Arm, IQueryable<T> Query)[] arms, CancellationToken cancellationToken)
    {
        var found = await Executor.ToListAsync(Union(arms, (arm, query) => ArmOnly(arm, query.Take(1))), cancellationToken)
            .ConfigureAwait(false);
        return found.Distinct().Select(tag => (arms[tag].Arm, true));
    }
}

/// <summary>Each parent's <c>totalCount</c>: one <c>GROUP BY</c> over the arms' rows, each row tagged with its arm.</summary>
public sealed class UnionCountLoader<T>(IQueryableExecutor executor, int maxArms, SemaphoreSlim gate) : UnionLoader<T, int>(executor, maxArms, gate)
{
    protected override int Empty => 0;

    protected override ValueTask<int> OneAsync(IQueryable<T> query, CancellationToken cancellationToken) =>
        Executor.CountAsync(query, cancellationToken);

    protected override async ValueTask<IEnumerable<(int Arm, int Value)>> ManyAsync(
        (int Arm, IQueryable<T> Query)[] arms, CancellationToken cancellationToken)
    {
        var counts = Union(arms, ArmOnly).GroupBy(arm => arm).Select(g => new ArmCount { Arm = g.Key, Count = g.Count() });
        var rows = await Executor.ToListAsync(counts, cancellationToken).ConfigureAwait(false);
        return rows.Select(r => (arms[r.Arm].Arm, r.Count));
    }
}
