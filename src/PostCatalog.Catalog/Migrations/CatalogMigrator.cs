using System.Data.Common;

namespace PostCatalog.Catalog.Migrations;

/// <summary>
/// Applies the migrations a database has not seen yet, each in its own transaction, recording them in
/// <c>schema_version</c>. A database is only ever upgraded, never recreated; one written by a newer build (a version
/// we do not know) is refused. One migrator per provider (<see cref="For"/>): the versions mean the same catalog on
/// both, the SQL is each provider's own.
/// </summary>
public sealed class CatalogMigrator
{
    private readonly string? _lock;
    private readonly string? _unlock;

    private CatalogMigrator(CatalogProvider provider, IReadOnlyList<Migration> migrations, string? lockSql = null, string? unlockSql = null)
    {
        Provider = provider;
        Migrations = migrations;
        _lock = lockSql;
        _unlock = unlockSql;
    }

    public static CatalogMigrator Sqlite { get; } = new(CatalogProvider.Sqlite, SqliteMigrations.All);

    /// <summary>
    /// Replicas starting together over one server migrate one at a time: the others wait on a session advisory lock
    /// and then find nothing left to apply (a file has one opener at start, SQLite needs none).
    /// </summary>
    public static CatalogMigrator PostgreSQL { get; } = new(CatalogProvider.PostgreSQL, PostgresMigrations.All,
        $"SELECT pg_advisory_lock({AdvisoryLocks.Migration})", $"SELECT pg_advisory_unlock({AdvisoryLocks.Migration})");

    public static CatalogMigrator For(CatalogProvider provider) => provider == CatalogProvider.PostgreSQL ? PostgreSQL : Sqlite;

    public CatalogProvider Provider { get; }
    public IReadOnlyList<Migration> Migrations { get; }
    public int LatestVersion => Migrations[^1].Version;

    /// <param name="upTo">Stop after this version (tests build an older catalog with it); the latest when null.</param>
    /// <returns>The migrations applied by this call (empty when the database was up to date).</returns>
    public async Task<IReadOnlyList<Migration>> MigrateAsync(DbConnection connection, int? upTo = null, CancellationToken cancellationToken = default)
    {
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync(cancellationToken);
        }

        if (_lock is not null)
        {
            await ExecuteAsync(connection, null, _lock, cancellationToken);
        }

        try
        {
            return await ApplyPendingAsync(connection, upTo ?? LatestVersion, cancellationToken);
        }
        finally
        {
            if (_unlock is not null)
            {
                await ExecuteAsync(connection, null, _unlock, CancellationToken.None);
            }
        }
    }

    private async Task<IReadOnlyList<Migration>> ApplyPendingAsync(DbConnection connection, int upTo, CancellationToken cancellationToken)
    {
        await ExecuteAsync(connection, null, """
            CREATE TABLE IF NOT EXISTS schema_version (
                version INTEGER NOT NULL PRIMARY KEY,
                description TEXT NOT NULL,
                applied_at TEXT NOT NULL
            );
            """, cancellationToken);

        var current = await GetVersionAsync(connection, cancellationToken);
        if (current > LatestVersion)
        {
            throw new InvalidOperationException(
                $"The catalog database is at schema version {current}, newer than this build knows ({LatestVersion}). Refusing to touch it.");
        }

        var applied = new List<Migration>();
        foreach (var migration in Migrations.Where(s => s.Version > current && s.Version <= upTo))
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await ExecuteAsync(connection, transaction, migration.Sql, cancellationToken);
            await using (var record = connection.CreateCommand())
            {
                record.Transaction = transaction;
                record.CommandText = "INSERT INTO schema_version (version, description, applied_at) VALUES (@v, @d, @t)";
                AddParameter(record, "@v", migration.Version);
                AddParameter(record, "@d", migration.Description);
                AddParameter(record, "@t", DateTimeOffset.UtcNow.ToString("O"));
                await record.ExecuteNonQueryAsync(cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
            applied.Add(migration);
        }
        return applied;
    }

    public static async Task<int> GetVersionAsync(DbConnection connection, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_version";
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken));
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
