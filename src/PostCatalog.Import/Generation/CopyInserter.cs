using Npgsql;
using NpgsqlTypes;

namespace PostCatalog.Import.Generation;

/// <summary>
/// Writes rows into one PostgreSQL table with binary <c>COPY ... FROM STDIN</c> (Npgsql's binary importer): no SQL
/// per row, no parameters. A connection runs one COPY at a time, and callers interleave tables (a post, its links, its
/// sources), so rows are buffered and each full buffer goes as one COPY: several tables share a connection and its
/// transaction. Timestamps are written as their UTC instant (timestamptz).
/// </summary>
internal sealed class CopyInserter : IRowInserter
{
    private const int RowsPerCopy = 20_000;

    private readonly NpgsqlConnection _connection;
    private readonly string _table;
    private readonly string[] _columns;
    private readonly List<object?[]> _buffer = new(RowsPerCopy);

    public CopyInserter(NpgsqlConnection connection, string table, string[] columns)
    {
        _connection = connection;
        _table = table;
        _columns = columns;
    }

    public long RowsWritten { get; private set; }

    public void Add(params object?[] row)
    {
        if (row.Length != _columns.Length)
        {
            throw new ArgumentException($"{_table} takes {_columns.Length} values, not {row.Length}.");
        }

        _buffer.Add(row);
        if (_buffer.Count == RowsPerCopy)
        {
            Flush();
        }
    }

    public void Complete() => Flush();

    /// <summary>Rows not yet flushed are dropped: the caller's transaction is rolled back anyway.</summary>
    public void Dispose() => _buffer.Clear();

    private void Flush()
    {
        if (_buffer.Count == 0)
        {
            return;
        }

        using (var importer = _connection.BeginBinaryImport($"COPY {_table} ({string.Join(", ", _columns)}) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var row in _buffer)
            {
                importer.StartRow();
                foreach (var value in row)
                {
                    Write(importer, value);
                }
            }
            importer.Complete();
        }
        RowsWritten += _buffer.Count;
        _buffer.Clear();
    }

    private void Write(NpgsqlBinaryImporter importer, object? value)
    {
        switch (value)
        {
            case null: importer.WriteNull(); break;
            case string text: importer.Write(text, NpgsqlDbType.Text); break;
            case int number: importer.Write(number, NpgsqlDbType.Integer); break;
            case long number: importer.Write(number, NpgsqlDbType.Bigint); break;
            case bool flag: importer.Write(flag, NpgsqlDbType.Boolean); break;
            case DateOnly date: importer.Write(date, NpgsqlDbType.Date); break;
            case DateTimeOffset time: importer.Write(time.ToUniversalTime(), NpgsqlDbType.TimestampTz); break;
            default: throw new ArgumentException($"Unsupported value type {value.GetType()} for {_table}.");
        }
    }
}
