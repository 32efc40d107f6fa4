namespace PostCatalog.GraphQL.Data.Paging;

/// <summary>
/// One page of a connection, as the connection type's fields read it: <c>edges</c>, <c>nodes</c>, <c>pageInfo</c>
/// and <c>totalCount</c>. The total count is a COUNT over the filtered query, run only if the field is selected.
/// </summary>
public sealed class Connection<T>(
    IReadOnlyList<Edge<T>> edges,
    PageInfo pageInfo,
    Func<CancellationToken, ValueTask<int>> countTotal)
{
    private int? _totalCount;

    public IReadOnlyList<Edge<T>> Edges { get; } = edges;

    public IReadOnlyList<T> Nodes { get; } = edges.Select(e => e.Node).ToList();

    public PageInfo PageInfo { get; } = pageInfo;

    /// <summary>Runs the count the first time it is asked for, then remembers it.</summary>
    public async ValueTask<int> GetTotalCountAsync(CancellationToken cancellationToken = default) =>
        _totalCount ??= await countTotal(cancellationToken);
}
