using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using PostCatalog.Catalog;

namespace PostCatalog.Import.Tests.Support;

/// <summary>A catalog database file in a temporary folder, deleted with the test.</summary>
public sealed class TempCatalog : IAsyncDisposable
{
    private TempCatalog(string folder, CatalogDatabase database) => (Folder, Database) = (folder, database);

    public string Folder { get; }
    public CatalogDatabase Database { get; }
    public string Path => Database.Path;

    public static async Task<TempCatalog> CreateAsync()
    {
        var folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "postcatalog-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(folder);
        return new TempCatalog(folder, await CatalogDatabase.OpenAsync(System.IO.Path.Combine(folder, "catalog.db")));
    }

    public CatalogDbContext CreateContext(params IInterceptor[] interceptors)
    {
        var builder = new DbContextOptionsBuilder<CatalogDbContext>();
        Database.Configure(builder);
        if (interceptors.Length > 0) builder.AddInterceptors(interceptors);
        return new CatalogDbContext(builder.Options);
    }

    public ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { System.IO.Directory.Delete(Folder, recursive: true); } catch (IOException) { }
        return ValueTask.CompletedTask;
    }
}

/// <summary>A fixed clock so reports are deterministic.</summary>
public sealed class FixedTime() : TimeProvider
{
    public static readonly DateTimeOffset Instant = new(2025, 10, 11, 12, 0, 0, TimeSpan.Zero);
    public override DateTimeOffset GetUtcNow() => Instant;
}
