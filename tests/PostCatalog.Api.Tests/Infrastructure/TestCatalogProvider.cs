using Npgsql;
using PostCatalog.Catalog;

namespace PostCatalog.Api.Tests.Infrastructure;

/// <summary>
/// Which provider the suite runs on: <c>CATALOG_TEST_PROVIDER=PostgreSQL</c> (with <c>CATALOG_TEST_POSTGRES</c>, a
/// connection string without a database, e.g. <c>Host=127.0.0.1;Port=5433;Username=postgres</c>) runs every test
/// on PostgreSQL; unset, on SQLite. scripts/test.sh runs the suite once each way when PostgreSQL is installed.
/// </summary>
public static class TestCatalogProvider
{
    public static CatalogProvider Current { get; } =
        Enum.TryParse<CatalogProvider>(Environment.GetEnvironmentVariable("CATALOG_TEST_PROVIDER"), ignoreCase: true, out var provider)
            ? provider
            : CatalogProvider.Sqlite;

    public static bool IsPostgres => Current == CatalogProvider.PostgreSQL;

    /// <summary>The server the PostgreSQL pass uses; each factory creates its own database on it.</summary>
    public static string PostgresServer => Environment.GetEnvironmentVariable("CATALOG_TEST_POSTGRES")
        ?? throw new InvalidOperationException("CATALOG_TEST_PROVIDER=PostgreSQL needs CATALOG_TEST_POSTGRES (a connection string to the server).");

    /// <summary>A connection string to a new, unused database name on the test server (created on first open).</summary>
    public static string NewPostgresDatabase() =>
        new NpgsqlConnectionStringBuilder(PostgresServer) { Database = $"postcatalog_test_{Guid.NewGuid():N}" }.ConnectionString;

    /// <summary>Drops a test database, closing whatever connections are left on it.</summary>
    public static void DropPostgresDatabase(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        NpgsqlConnection.ClearAllPools();
        var server = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false };
        using var connection = new NpgsqlConnection(server.ConnectionString);
        connection.Open();
        using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{builder.Database}\" WITH (FORCE)", connection);
        drop.ExecuteNonQuery();
    }
}

/// <summary>A test of something only SQLite has (its query planner's EXPLAIN QUERY PLAN, a PRAGMA, the file itself): skipped on PostgreSQL, with the reason.</summary>
public sealed class SqliteOnlyFactAttribute : FactAttribute
{
    public SqliteOnlyFactAttribute(string reason)
    {
        if (TestCatalogProvider.IsPostgres)
        {
            Skip = "SQLite only: " + reason;
        }
    }
}

/// <summary>A test of something only PostgreSQL has (EXPLAIN, LISTEN/NOTIFY, replicas): skipped on the SQLite pass.</summary>
public sealed class PostgresOnlyFactAttribute : FactAttribute
{
    public PostgresOnlyFactAttribute()
    {
        if (!TestCatalogProvider.IsPostgres)
        {
            Skip = "PostgreSQL only: runs in the PostgreSQL pass (CATALOG_TEST_PROVIDER=PostgreSQL)";
        }
    }
}

/// <summary>The theory form of <see cref="SqliteOnlyFactAttribute"/>.</summary>
public sealed class SqliteOnlyTheoryAttribute : TheoryAttribute
{
    public SqliteOnlyTheoryAttribute(string reason)
    {
        if (TestCatalogProvider.IsPostgres)
        {
            Skip = "SQLite only: " + reason;
        }
    }
}
