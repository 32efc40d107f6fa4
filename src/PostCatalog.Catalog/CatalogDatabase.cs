using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using Npgsql;
using PostCatalog.Catalog.Configuration;
using PostCatalog.Catalog.Migrations;

namespace PostCatalog.Catalog;

/// <summary>
/// Entry point for hosts:
/// <code>
/// var database = await CatalogDatabase.OpenAsync("catalog.db", ct);   // SQLite: creates or upgrades the file
/// var database = await CatalogDatabase.OpenAsync(CatalogProvider.PostgreSQL, "Host=...;Database=...", ct);
/// if (await database.IsEmptyAsync(ct)) { /* import seeds/ */ }
/// services.AddDbContext&lt;CatalogDbContext&gt;(o => database.Configure(o));  // or database.Options
/// await using var db = database.CreateDbContext();
/// </code>
/// </summary>
public sealed class CatalogDatabase
{
    private CatalogDatabase(CatalogProvider provider, string path, string connectionString, int schemaVersion, IReadOnlyList<Migration> applied)
    {
        Provider = provider;
        Path = path;
        ConnectionString = connectionString;
        SchemaVersion = schemaVersion;
        AppliedSteps = applied;
        Options = Configure(new DbContextOptionsBuilder<CatalogDbContext>()).Options;
    }

    public CatalogProvider Provider { get; }

    /// <summary>The SQLite file, or for PostgreSQL where the server is (host, port and database, never the password).</summary>
    public string Path { get; }

    public string ConnectionString { get; }
    public int SchemaVersion { get; }

    /// <summary>Migrations this open applied (empty when the database was already current).</summary>
    public IReadOnlyList<Migration> AppliedSteps { get; }

    public DbContextOptions<CatalogDbContext> Options { get; }

    /// <summary>SQLite: creates the file when missing and applies pending migrations.</summary>
    public static Task<CatalogDatabase> OpenAsync(string path, CancellationToken cancellationToken = default) =>
        OpenAsync(CatalogProvider.Sqlite, path, cancellationToken);

    /// <param name="connection">SQLite: a file path (or a connection string with Data Source). PostgreSQL: an Npgsql connection string.</param>
    public static async Task<CatalogDatabase> OpenAsync(CatalogProvider provider, string connection, CancellationToken cancellationToken = default)
    {
        if (provider == CatalogProvider.PostgreSQL)
        {
            return await OpenPostgresAsync(connection, cancellationToken);
        }

        var fullPath = System.IO.Path.GetFullPath(SqlitePath(connection));
        var directory = System.IO.Path.GetDirectoryName(fullPath);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            ForeignKeys = true,
        }.ToString();

        await using var sqlite = new SqliteConnection(connectionString);
        await sqlite.OpenAsync(cancellationToken);
        var applied = await CatalogMigrator.Sqlite.MigrateAsync(sqlite, null, cancellationToken);
        var version = await CatalogMigrator.GetVersionAsync(sqlite, cancellationToken);
        return new CatalogDatabase(CatalogProvider.Sqlite, fullPath, connectionString, version, applied);
    }

    private static async Task<CatalogDatabase> OpenPostgresAsync(string connectionString, CancellationToken cancellationToken)
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException e)
        {
            throw new InvalidOperationException($"Catalog:ConnectionString is not a PostgreSQL connection string: {e.Message}", e);
        }

        if (string.IsNullOrEmpty(builder.Host))
        {
            throw new InvalidOperationException("Catalog:ConnectionString names no Host; a PostgreSQL catalog needs one (Host=...;Database=...).");
        }

        await using var postgres = new NpgsqlConnection(builder.ConnectionString);
        try
        {
            await postgres.OpenAsync(cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InvalidCatalogName && builder.Database is { Length: > 0 } name)
        {
            // As a SQLite file is created when missing, so is the database (the server and the role must exist).
            await CreateDatabaseAsync(builder, name, cancellationToken);
            await postgres.OpenAsync(cancellationToken);
        }

        var applied = await CatalogMigrator.PostgreSQL.MigrateAsync(postgres, null, cancellationToken);
        var version = await CatalogMigrator.GetVersionAsync(postgres, cancellationToken);
        var where = $"postgresql://{builder.Host}:{builder.Port}/{builder.Database ?? builder.Username}";
        return new CatalogDatabase(CatalogProvider.PostgreSQL, where, builder.ConnectionString, version, applied);
    }

    private static async Task CreateDatabaseAsync(NpgsqlConnectionStringBuilder builder, string name, CancellationToken cancellationToken)
    {
        var maintenance = new NpgsqlConnectionStringBuilder(builder.ConnectionString) { Database = "postgres", Pooling = false };
        await using var server = new NpgsqlConnection(maintenance.ConnectionString);
        await server.OpenAsync(cancellationToken);
        await using var create = server.CreateCommand();
        create.CommandText = $"CREATE DATABASE \"{name.Replace("\"", "\"\"")}\" TEMPLATE template0 ENCODING 'UTF8'";
        try
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase)
        {
            // Another replica created it first.
        }
    }

    /// <summary>A bare path, or the Data Source of a SQLite connection string.</summary>
    private static string SqlitePath(string connection) =>
        connection.Contains('=') && new SqliteConnectionStringBuilder(connection).DataSource is { Length: > 0 } source ? source : connection;

    public DbContextOptionsBuilder<CatalogDbContext> Configure(DbContextOptionsBuilder<CatalogDbContext> builder)
    {
        Configure((DbContextOptionsBuilder)builder);
        return builder;
    }

    public DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder) => Provider == CatalogProvider.PostgreSQL
        ? builder.UseNpgsql(ConnectionString).ReplaceService<IQuerySqlGeneratorFactory, SqliteNullOrderingSqlGeneratorFactory>()
        : builder.UseSqlite(ConnectionString, UseOneParameterPerList);

    /// <summary>
    /// A list in a query (<c>ids.Contains(x)</c>: a page's ids, a filter's <c>in</c>) goes to SQLite as one JSON
    /// parameter read by <c>json_each</c>, not one parameter per item: a 30,000-value <c>in</c> would pass SQLite's
    /// 32,766-variable limit, and one statement text serves every list length. SQLite still searches the index once
    /// per value (<c>LIST SUBQUERY ... json_each</c>). PostgreSQL gets one array parameter (<c>= ANY (@ids)</c>) by default.
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
