using System.Globalization;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace PostCatalog.Import.Generation;

/// <summary>
/// Writes rows to one table with a prepared multi-row <c>INSERT INTO t (a, b) VALUES (?, ?), (?, ?), ...</c>, run once
/// per full batch, through SQLite's own API (<see cref="raw"/>): parameters are bound by position. Microsoft.Data.Sqlite
/// would look every parameter up by name on each execution (a linear search in SQLite), which with hundreds of
/// parameters per statement costs more than the insert itself. Call <see cref="Complete"/> to write the last batch.
/// Values are stored as EF Core's SQLite model reads them: a date as <c>yyyy-MM-dd</c> text, a bool as 0 or 1.
/// </summary>
internal sealed class BatchInserter : IRowInserter
{
    private const int MaxParameters = 32_766; // SQLITE_MAX_VARIABLE_NUMBER since 3.32

    private readonly sqlite3 _db;
    private readonly string _table;
    private readonly string[] _columns;
    private readonly int _rowsPerStatement;
    private readonly object?[] _buffer;
    private sqlite3_stmt? _full;
    private int _rows;

    public BatchInserter(SqliteConnection connection, string table, string[] columns, int rowsPerStatement)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("The connection must be open.");
        _table = table;
        _columns = columns;
        _rowsPerStatement = Math.Clamp(rowsPerStatement, 1, MaxParameters / columns.Length);
        _buffer = new object?[_rowsPerStatement * columns.Length];
    }

    public long RowsWritten { get; private set; }

    /// <summary>Buffers one row: strings, integers, bools, dates, timestamps or null, in the column order given to the constructor.</summary>
    public void Add(params object?[] row)
    {
        if (row.Length != _columns.Length) throw new ArgumentException($"{_table} takes {_columns.Length} values, not {row.Length}.");
        row.CopyTo(_buffer, _rows * _columns.Length);
        if (++_rows == _rowsPerStatement)
        {
            Execute(_full ??= Prepare(_rowsPerStatement), _rows);
            _rows = 0;
        }
    }

    /// <summary>Writes the rows still buffered.</summary>
    public void Complete()
    {
        if (_rows == 0) return;
        using var partial = Prepare(_rows);
        Execute(partial, _rows);
        _rows = 0;
    }

    public void Dispose() => _full?.Dispose();

    private void Execute(sqlite3_stmt statement, int rows)
    {
        for (var i = 0; i < rows * _columns.Length; i++)
        {
            var rc = _buffer[i] switch
            {
                null => raw.sqlite3_bind_null(statement, i + 1),
                string text => raw.sqlite3_bind_text(statement, i + 1, text),
                int number => raw.sqlite3_bind_int(statement, i + 1, number),
                long number => raw.sqlite3_bind_int64(statement, i + 1, number),
                bool flag => raw.sqlite3_bind_int(statement, i + 1, flag ? 1 : 0),
                DateOnly date => raw.sqlite3_bind_text(statement, i + 1, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                DateTimeOffset time => raw.sqlite3_bind_text(statement, i + 1, Timestamp(time)),
                var other => throw new ArgumentException($"Unsupported value type {other.GetType()} for {_table}."),
            };
            Check(rc);
        }
        var step = raw.sqlite3_step(statement);
        raw.sqlite3_reset(statement);
        if (step != raw.SQLITE_DONE) Check(step);
        RowsWritten += rows;
    }

    /// <summary>EF Core's SQLite text form of a DateTimeOffset, so the rows read back through the model.</summary>
    private static string Timestamp(DateTimeOffset value) => value.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);

    private sqlite3_stmt Prepare(int rows)
    {
        var row = "(" + string.Join(", ", _columns.Select(_ => "?")) + ")";
        var sql = $"INSERT INTO {_table} ({string.Join(", ", _columns)}) VALUES {string.Join(", ", Enumerable.Repeat(row, rows))}";
        Check(raw.sqlite3_prepare_v2(_db, sql, out var statement));
        return statement;
    }

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK) throw new SqliteException($"Writing {_table} failed: {raw.sqlite3_errmsg(_db).utf8_to_string()}", rc);
    }
}
