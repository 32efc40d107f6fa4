namespace PostCatalog.GraphQL.Data.Paging;

/// <summary>
/// Runs the queries paging needs. The engine knows no ORM, so the default runs lists through
/// <see cref="IAsyncEnumerable{T}"/> when the provider offers it and counts synchronously; a host can plug in its
/// ORM's async operators (e.g. EF Core's <c>CountAsync</c>/<c>AnyAsync</c>).
/// </summary>
public interface IQueryableExecutor
{
    ValueTask<List<T>> ToListAsync<T>(IQueryable<T> query, CancellationToken cancellationToken);

    ValueTask<int> CountAsync<T>(IQueryable<T> query, CancellationToken cancellationToken);

    ValueTask<bool> AnyAsync<T>(IQueryable<T> query, CancellationToken cancellationToken);
}

/// <summary>The default <see cref="IQueryableExecutor"/>: async enumeration where the provider supports it, synchronous otherwise.</summary>
public sealed class QueryableExecutor : IQueryableExecutor
{
    public static QueryableExecutor Instance { get; } = new();

    public async ValueTask<List<T>> ToListAsync<T>(IQueryable<T> query, CancellationToken cancellationToken)
    {
        if (query is not IAsyncEnumerable<T> asyncQuery)
        {
            return query.ToList();
        }

        var items = new List<T>();
        await foreach (var item in asyncQuery.WithCancellation(cancellationToken))
        {
            items.Add(item);
        }

        return items;
    }

    public ValueTask<int> CountAsync<T>(IQueryable<T> query, CancellationToken cancellationToken) =>
        ValueTask.FromResult(query.Count());

    public ValueTask<bool> AnyAsync<T>(IQueryable<T> query, CancellationToken cancellationToken) =>
        ValueTask.FromResult(query.Any());
}
