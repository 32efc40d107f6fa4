using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace PostCatalog.Api.Tests.Infrastructure;

/// <summary>
/// The real API over HTTP in memory, on its own catalog file imported from seeds/ at start (as a newcomer's first run does).
/// Extra settings (limits, options) go through <see cref="Settings"/> before the first request.
/// </summary>
public class CatalogApiFactory : WebApplicationFactory<Program>
{
    private readonly string _directory = Directory.CreateTempSubdirectory("postcatalog-tests-").FullName;

    public Dictionary<string, string?> Settings { get; } = new();

    public string DatabasePath => Path.Combine(_directory, "catalog.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Catalog:Database", DatabasePath);
        builder.UseSetting("Catalog:Seeds", RepositoryRoot.Combine("seeds"));
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { }
    }
}
