using Npgsql;
using PostCatalog.Catalog;
using PostCatalog.GraphQL.Execution.PersistedOperations;

namespace PostCatalog.Api.Hosting;

/// <summary>
/// Automatic persisted queries in the catalog's PostgreSQL database (table <c>persisted_queries</c>, migration 5), so
/// a query registered through one replica runs by its hash on every other. Each replica keeps the documents it has
/// seen in its own bounded memory store in front, so a known hash costs no statement. The table is bounded by the
/// same capacity (<c>GraphQL:Server:PersistedOperations:AutomaticPersistedQueryCapacity</c>): a save prunes the least
/// recently saved beyond it.
/// </summary>
public sealed class PostgresPersistedQueryStore(CatalogDatabase database, AutomaticPersistedQueryStore memory, int capacity)
    : IAutomaticPersistedQueryStore
{
    public async ValueTask<string?> TryGetAsync(string hash, CancellationToken cancellationToken)
    {
        if (await memory.TryGetAsync(hash, cancellationToken) is { } known)
        {
            return known;
        }

        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var select = new NpgsqlCommand("SELECT document FROM persisted_queries WHERE hash = @hash", connection);
        select.Parameters.AddWithValue("hash", hash.ToLowerInvariant());
        if (await select.ExecuteScalarAsync(cancellationToken) is not string document)
        {
            return null;
        }

        memory.Save(hash, document);
        return document;
    }

    public async ValueTask SaveAsync(string hash, string document, CancellationToken cancellationToken)
    {
        memory.Save(hash, document);
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var save = new NpgsqlCommand("""
            INSERT INTO persisted_queries (hash, document) VALUES (@hash, @document)
            ON CONFLICT (hash) DO UPDATE SET saved_at = now();
            DELETE FROM persisted_queries WHERE hash IN (SELECT hash FROM persisted_queries ORDER BY saved_at DESC OFFSET @capacity);
            """, connection);
        save.Parameters.AddWithValue("hash", hash);
        save.Parameters.AddWithValue("document", document);
        save.Parameters.AddWithValue("capacity", Math.Max(1, capacity));
        await save.ExecuteNonQueryAsync(cancellationToken);
    }
}
