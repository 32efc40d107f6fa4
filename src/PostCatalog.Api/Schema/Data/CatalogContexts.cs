using Microsoft.EntityFrameworkCore;
using PostCatalog.Catalog;

namespace PostCatalog.Api.Schema.Data;

/// <summary>
/// Hands each resolver and DataLoader fetch its own <see cref="CatalogDbContext"/>: the executor runs sibling resolvers
/// concurrently and a DbContext allows one operation at a time. All contexts of a request are disposed with it.
/// </summary>
public sealed class CatalogContexts(IDbContextFactory<CatalogDbContext> factory) : IAsyncDisposable
{
    private readonly List<CatalogDbContext> _created = [];

    public CatalogDbContext Create()
    {
        var db = factory.CreateDbContext();
        lock (_created) _created.Add(db);
        return db;
    }

    public async ValueTask DisposeAsync()
    {
        CatalogDbContext[] created;
        lock (_created) created = [.. _created];
        foreach (var db in created) await db.DisposeAsync();
    }
}
