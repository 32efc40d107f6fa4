using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PostCatalog.Catalog.Schema;

namespace PostCatalog.Catalog;

/// <summary>
/// Entry point for hosts:
/// <code>
/// var database = await CatalogDatabase.OpenAsync("catalog.db", ct);   // creates or upgrades the file
/// if (await database.IsEmptyAsync(ct)) { /* import seeds/ */ }
/// services.AddDbContext&lt;CatalogDbContext&gt;(o => database.Configure(o));  // or database.Options
/// await using var db = database.CreateDbContext();
/// </code>
/// </summary>
public sealed class CatalogDatabase
{
    private CatalogDatabase(string path, string connectionString, int schemaVersion, IReadOnlyList<SchemaStep> applied)
    {
        Path = path;
        ConnectionString = connectionString;
        SchemaVersion = schemaVersion;
        AppliedSteps = applied;
        Options = Configure(new DbContextOptionsBuilder<CatalogDbContext>()).Options;
    }

    public string Path { get; }
    public string ConnectionString { get; }
    public int SchemaVersion { get; }
    /// <summary>Schema steps this open applied (empty when the file was already current).</summary>
    public IReadOnlyList<SchemaStep> AppliedSteps { get; }
    public DbContextOptions<CatalogDbContext> Options { get; }

    /// <summary>Creates the file when missing and applies pending schema steps.</summary>
    public static async Task<CatalogDatabase> OpenAsync(string path, CancellationToken cancellationToken = default)
    {
        var fullPath = System.IO.Path.GetFullPath(path);
        var directory = System.IO.Path.GetDirectoryName(fullPath);
        if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);

        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            ForeignKeys = true,
        }.ToString();

        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        var applied = await CatalogSchema.MigrateAsync(connection, cancellationToken);
        var version = await CatalogSchema.GetVersionAsync(connection, cancellationToken);
        return new CatalogDatabase(fullPath, connectionString, version, applied);
    }

    public DbContextOptionsBuilder<CatalogDbContext> Configure(DbContextOptionsBuilder<CatalogDbContext> builder)
        => builder.UseSqlite(ConnectionString, UseOneParameterPerList);

    public DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder) => builder.UseSqlite(ConnectionString, UseOneParameterPerList);

    /// <summary>
    /// A list in a query (<c>ids.Contains(x)</c>: a page's ids, a filter's <c>in</c>) goes to SQLite as one JSON
    /// parameter read by <c>json_each</c>, not one parameter per item: a 30,000-value <c>in</c> would pass SQLite's
    /// 32,766-variable limit, and one statement text serves every list length. SQLite still searches the index once
    /// per value (<c>LIST SUBQUERY ... json_each</c>).
    /// </summary>
    private static void UseOneParameterPerList(Microsoft.EntityFrameworkCore.Infrastructure.SqliteDbContextOptionsBuilder sqlite) =>
        sqlite.UseParameterizedCollectionMode(ParameterTranslationMode.Parameter);

    public CatalogDbContext CreateDbContext() => new(Options);

    /// <summary>True when no post has been imported yet.</summary>
    public async Task<bool> IsEmptyAsync(CancellationToken cancellationToken = default)
    {
        await using var db = CreateDbContext();
        return !await db.Posts.AnyAsync(cancellationToken);
    }
}
