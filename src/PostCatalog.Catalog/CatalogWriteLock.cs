using Microsoft.EntityFrameworkCore;

namespace PostCatalog.Catalog;

/// <summary>
/// What every write to the catalog (an import, a generation) does first inside its one transaction. On PostgreSQL:
/// waits for the transaction-scoped advisory lock, so concurrent imports from any process take turns instead of
/// racing on the same natural keys, and queues a <c>NOTIFY</c> on <see cref="Channel"/>, which PostgreSQL delivers
/// to every listening replica when (and only if) the transaction commits. SQLite needs neither: its file lock admits
/// one writer, and readers see a commit through <c>PRAGMA data_version</c>.
/// </summary>
public static class CatalogWriteLock
{
    /// <summary>The LISTEN/NOTIFY channel a commit to the catalog is announced on.</summary>
    public const string Channel = "catalog_changed";

    public static string EnterSql => $"SELECT pg_advisory_xact_lock({AdvisoryLocks.Write}); NOTIFY {Channel};";

    public static async Task EnterAsync(CatalogDbContext db, CancellationToken cancellationToken)
    {
        if (db.Provider == CatalogProvider.PostgreSQL)
        {
            await db.Database.ExecuteSqlRawAsync(EnterSql, cancellationToken);
        }
    }
}
