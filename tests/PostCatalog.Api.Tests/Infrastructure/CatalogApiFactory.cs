using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using PostCatalog.Catalog;

namespace PostCatalog.Api.Tests.Infrastructure;

/// <summary>
/// The real API over HTTP in memory, on its own catalog imported from seeds/ at start (as a newcomer's first run does):
/// a SQLite file in a temporary folder, or on the PostgreSQL pass a database of its own on the test server
/// (<see cref="TestCatalogProvider"/>), dropped at the end. Extra settings (limits, options) go through
/// <see cref="Settings"/> before the first request.
/// </summary>
public class CatalogApiFactory : WebApplicationFactory<Program>
{
    private readonly string _directory = Directory.CreateTempSubdirectory("postcatalog-tests-").FullName;

    public CatalogApiFactory()
    {
        Provider = TestCatalogProvider.Current;
        ConnectionString = Provider == CatalogProvider.PostgreSQL ? TestCatalogProvider.NewPostgresDatabase() : DatabasePath;
        _ownsDatabase = true;
    }

    /// <summary>A replica: a server over the PostgreSQL database another factory (or test) owns; it never drops it.</summary>
    public static CatalogApiFactory ReplicaOf(string postgresConnectionString) => new(postgresConnectionString);

    // Not public: a class fixture may have one public constructor.
    private CatalogApiFactory(string postgresConnectionString)
    {
        Provider = CatalogProvider.PostgreSQL;
        ConnectionString = postgresConnectionString;
    }

    private readonly bool _ownsDatabase;

    public Dictionary<string, string?> Settings { get; } = new();

    public CatalogProvider Provider { get; }

    /// <summary>The SQLite file (on the SQLite pass; a PostgreSQL catalog has none).</summary>
    public string DatabasePath => Path.Combine(_directory, "catalog.db");

    /// <summary>What <c>Catalog:ConnectionString</c> is: the file, or the PostgreSQL database.</summary>
    public string ConnectionString { get; }

    /// <summary>Names this catalog among all the tests' (the SQL log keeps only its statements).</summary>
    public string CatalogKey => Provider == CatalogProvider.PostgreSQL ? "postgresql:" + new Npgsql.NpgsqlConnectionStringBuilder(ConnectionString).Database : Path.GetFullPath(DatabasePath);

    /// <summary>The command-line options that name this catalog, for a verb run as a process (<c>import</c>).</summary>
    public string[] CatalogArguments => Provider == CatalogProvider.PostgreSQL
        ? ["--provider", "PostgreSQL", "--connection", ConnectionString]
        : ["--database", DatabasePath];

    /// <summary>Runs <c>import FOLDER</c> on this catalog as its own process (the command beside the server) and waits for it to succeed.</summary>
    public async Task ImportInAnotherProcessAsync(string folder)
    {
        var start = new System.Diagnostics.ProcessStartInfo("dotnet", [typeof(Program).Assembly.Location, "import", folder, .. CatalogArguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"import exited with {process.ExitCode}:\n{await output}\n{await error}");
    }

    /// <summary>Opens (creates or upgrades) this factory's catalog, as the server will.</summary>
    public Task<CatalogDatabase> OpenCatalogAsync() => CatalogDatabase.OpenAsync(Provider, ConnectionString);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Catalog:Provider", Provider.ToString());
        builder.UseSetting("Catalog:ConnectionString", ConnectionString);
        builder.UseSetting("Catalog:Database", DatabasePath);
        builder.UseSetting("Catalog:Seeds", RepositoryRoot.Combine("seeds"));
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Provider == CatalogProvider.PostgreSQL && _ownsDatabase)
        {
            try { TestCatalogProvider.DropPostgresDatabase(ConnectionString); } catch (Npgsql.NpgsqlException) { }
        }
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { }
    }
}
