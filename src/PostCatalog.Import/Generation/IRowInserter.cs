using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace PostCatalog.Import.Generation;

/// <summary>
/// Writes many rows to one table fast, on an open connection inside its transaction: batched multi-row INSERTs on
/// SQLite (<see cref="BatchInserter"/>), binary COPY on PostgreSQL (<see cref="CopyInserter"/>). The values are the
/// entities' own types (string, int, long, bool, DateOnly, DateTimeOffset or null) in the given column order; each
/// inserter stores them as its provider's model reads them. Call <see cref="Complete"/> to write what is left.
/// </summary>
internal interface IRowInserter : IDisposable
{
    long RowsWritten { get; }

    void Add(params object?[] row);

    void Complete();
}

internal static class RowInserters
{
    /// <param name="rowsPerStatement">SQLite's batch size; COPY streams every row of a table in one command.</param>
    public static IRowInserter Open(DbConnection connection, string table, string[] columns, int rowsPerStatement) => connection switch
    {
        SqliteConnection sqlite => new BatchInserter(sqlite, table, columns, rowsPerStatement),
        NpgsqlConnection postgres => new CopyInserter(postgres, table, columns),
        _ => throw new NotSupportedException($"No row inserter for {connection.GetType().Name}."),
    };
}
