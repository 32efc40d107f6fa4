using Microsoft.EntityFrameworkCore;
using PostCatalog.GraphQL.Data.Paging;

namespace PostCatalog.Api.Schema.Data;

/// <summary>Runs the paging middleware's queries with EF Core's async operators, so no request thread blocks on SQLite.</summary>
public sealed class EfQueryableExecutor : IQueryableExecutor
{
    public static EfQueryableExecutor Instance { get; } = new();

    public async ValueTask<List<T>> ToListAsync<T>(IQueryable<T> query, CancellationToken cancellationToken) =>
        await EntityFrameworkQueryableExtensions.ToListAsync(query, cancellationToken);

    public async ValueTask<int> CountAsync<T>(IQueryable<T> query, CancellationToken cancellationToken) =>
        await EntityFrameworkQueryableExtensions.CountAsync(query, cancellationToken);

    public async ValueTask<bool> AnyAsync<T>(IQueryable<T> query, CancellationToken cancellationToken) =>
        await EntityFrameworkQueryableExtensions.AnyAsync(query, cancellationToken);
}
