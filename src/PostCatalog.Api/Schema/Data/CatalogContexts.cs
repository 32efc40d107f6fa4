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
/// <para>
/// <see cref="ForRequest"/> gives one context per owner, the field's selection: every parent of a connection nested
/// under a list builds its query on the same context, so the data conventions can send all of them as one statement
/// (a query may not mix contexts), while other selections, which run concurrently, each have their own.
/// </para>
/// </summary>
public sealed class CatalogContexts(IDbContextFactory<CatalogDbContext> factory) : IAsyncDisposable
{
    private readonly Dictionary<object, CatalogDbContext> _requestOwned = new(ReferenceEqualityComparer.Instance);

    /// <summary>A context the caller disposes as soon as its query has run.</summary>
    public CatalogDbContext Rent() => factory.CreateDbContext();

    /// <summary>The context of <paramref name="owner"/> (by reference) that lives until the request ends; never dispose it yourself.</summary>
    public CatalogDbContext ForRequest(object owner)
    {
        lock (_requestOwned)
        {
            if (!_requestOwned.TryGetValue(owner, out var db))
            {
                db = factory.CreateDbContext();
                _requestOwned.Add(owner, db);
            }

            return db;
        }
    }

    public async ValueTask DisposeAsync()
    {
        CatalogDbContext[] owned;
        lock (_requestOwned) owned = [.. _requestOwned.Values];
        foreach (var db in owned) await db.DisposeAsync();
    }
}
