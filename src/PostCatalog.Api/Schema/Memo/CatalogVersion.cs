using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PostCatalog.Catalog;

namespace PostCatalog.Api.Schema.Memo;

/// <summary>
/// The catalog's version: a number that changes whenever any connection, in this process or another (the
/// <c>import</c> command run beside the server), has committed a change to the catalog since it was last read.
/// Memoised answers are keyed by it, so a commit invalidates them before the next request reads them.
/// </summary>
public interface ICatalogVersion
{
    long Current();

    /// <summary>
    /// Raised with the new version when this process learns of a commit. On PostgreSQL at once (LISTEN/NOTIFY, from
    /// any process); on SQLite when <see cref="Current"/> next notices it (nothing is pushed by a file).
    /// </summary>
    event Action<long>? Changed;
}

/// <summary>
/// SQLite's <c>PRAGMA data_version</c> on one connection that never writes: it changes exactly when another
/// connection has committed since the last time this one asked. It reads the file's change counter, no table, so
/// asking on every memo lookup costs microseconds.
/// </summary>
public sealed class SqliteCatalogVersion(IDbContextFactory<CatalogDbContext> contexts) : ICatalogVersion, IDisposable
{
    private readonly object _sync = new();
    private SqliteConnection? _connection;
    private SqliteCommand? _dataVersion;
    private long _lastDataVersion = -1;
    private long _version;

    public event Action<long>? Changed;

    public long Current()
    {
        long version;
        bool moved;
        lock (_sync)
        {
            _dataVersion ??= Open();
            var dataVersion = (long)_dataVersion.ExecuteScalar()!;
            moved = dataVersion != _lastDataVersion && _lastDataVersion != -1;
            if (dataVersion != _lastDataVersion)
            {
                _lastDataVersion = dataVersion;
                _version++;
            }

            version = _version;
        }

        if (moved)
        {
            Changed?.Invoke(version);
        }

        return version;
    }

    private SqliteCommand Open()
    {
        using var db = contexts.CreateDbContext();
        _connection = new SqliteConnection(db.Database.GetConnectionString());
        _connection.Open();
        var command = _connection.CreateCommand();
        command.CommandText = "PRAGMA data_version";
        return command;
    }

    public void Dispose()
    {
        lock (_sync)
        {
            _dataVersion?.Dispose();
            _connection?.Dispose();
        }
    }
}
