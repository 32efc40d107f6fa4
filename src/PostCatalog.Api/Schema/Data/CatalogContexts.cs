using Microsoft.EntityFrameworkCore;
using PostCatalog.Catalog;

namespace PostCatalog.Api.Schema.Data;

/// <summary>
/// Hands resolvers and DataLoader fetches their own <see cref="CatalogDbContext"/> (the executor runs sibling resolvers
/// concurrently, and a DbContext allows one operation at a time), from EF Core's pooled factory.
/// <para>
/// A pooled context must have exactly one owner: disposing it returns it to the pool, and a second dispose after
/// another request has taken it would hand that request's context back. So there are two kinds of lease:
/// <see cref="Rent"/>, disposed by the caller (<c>await using</c>), and <see cref="ForRequest"/>, disposed here when
/// the request ends, for resolvers that return a query the data middleware runs after them.
/// </para>
/// </summary>
public sealed class CatalogContexts(IDbContextFactory<CatalogDbContext> factory) : IAsyncDisposable
{
    private readonly List<CatalogDbContext> _requestOwned = [];

    /// <summary>A context the caller disposes as soon as its query has run.</summary>
    public CatalogDbContext Rent() => factory.CreateDbContext();

    /// <summary>A context that lives until the request ends; never dispose it yourself.</summary>
    public CatalogDbContext ForRequest()
    {
        var db = factory.CreateDbContext();
        lock (_requestOwned) _requestOwned.Add(db);
        return db;
    }

    public async ValueTask DisposeAsync()
    {
        CatalogDbContext[] owned;
        lock (_requestOwned) owned = [.. _requestOwned];
        foreach (var db in owned) await db.DisposeAsync();
    }
}
