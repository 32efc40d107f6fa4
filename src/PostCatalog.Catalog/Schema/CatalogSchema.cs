using System.Data.Common;

namespace PostCatalog.Catalog.Schema;

/// <summary>
/// Applies <see cref="SchemaSteps"/> that a database has not seen yet, each in its own transaction,
/// recording them in <c>schema_version</c>. A database is only ever upgraded, never recreated;
/// one written by a newer build (a version we do not know) is refused.
/// </summary>
public static class CatalogSchema
{
    public static int LatestVersion => SchemaSteps.All[^1].Version;

    /// <returns>The steps applied by this call (empty when the database was up to date).</returns>
    public static async Task<IReadOnlyList<SchemaStep>> MigrateAsync(DbConnection connection, CancellationToken cancellationToken = default)
    {
        if (connection.State != System.Data.ConnectionState.Open)
            await connection.OpenAsync(cancellationToken);

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

        var applied = new List<SchemaStep>();
        foreach (var step in SchemaSteps.All.Where(s => s.Version > current))
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await ExecuteAsync(connection, transaction, step.Sql, cancellationToken);
            await using (var record = connection.CreateCommand())
            {
                record.Transaction = transaction;
                record.CommandText = "INSERT INTO schema_version (version, description, applied_at) VALUES ($v, $d, $t)";
                AddParameter(record, "$v", step.Version);
                AddParameter(record, "$d", step.Description);
                AddParameter(record, "$t", DateTimeOffset.UtcNow.ToString("O"));
                await record.ExecuteNonQueryAsync(cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
            applied.Add(step);
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
