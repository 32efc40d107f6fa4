using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;

namespace PostCatalog.Api.Tests.Sql;

/// <summary>
/// Records the SQL statements EF Core sends to one catalog (a file or a PostgreSQL database), from EF Core's DiagnosticListener event
/// "Microsoft.EntityFrameworkCore.Database.Command.CommandExecuting": no change to the host is needed, and commands
/// for other databases (other tests' catalogs) are ignored by comparing the connection's file or database name.
/// </summary>
public sealed class SqlCommandLog : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private const string CommandExecuting = "Microsoft.EntityFrameworkCore.Database.Command.CommandExecuting";

    private readonly string _catalogKey;
    private readonly ConcurrentQueue<string> _commands = new();
    private readonly ConcurrentQueue<LoggedStatement> _statements = new();
    private readonly List<IDisposable> _subscriptions = [];
    private readonly IDisposable _allListeners;

    /// <param name="catalogKey">The factory's <c>CatalogKey</c>: a SQLite file's full path, or "postgresql:" and the database name.</param>
    public SqlCommandLog(string catalogKey)
    {
        _catalogKey = catalogKey;
        _allListeners = DiagnosticListener.AllListeners.Subscribe(this);
    }

    /// <summary>The statements sent since the last <see cref="Clear"/>, in the order they started.</summary>
    public IReadOnlyList<string> Commands => [.. _commands];

    /// <summary>The same statements with copies of their parameters, to EXPLAIN them as they ran (PostgreSQL plans depend on the values).</summary>
    public IReadOnlyList<LoggedStatement> Statements => [.. _statements];

    public void Clear()
    {
        _commands.Clear();
        _statements.Clear();
    }

    void IObserver<DiagnosticListener>.OnNext(DiagnosticListener listener)
    {
        if (listener.Name != "Microsoft.EntityFrameworkCore") return;
        lock (_subscriptions) _subscriptions.Add(listener.Subscribe(this, name => name == CommandExecuting));
    }

    void IObserver<KeyValuePair<string, object?>>.OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key != CommandExecuting || value.Value is not Microsoft.EntityFrameworkCore.Diagnostics.CommandEventData data) return;
        // The change feed reads in the background whenever a commit wakes it: not a statement of the request under test.
        if (!IsOurs(data.Command) || data.Command.CommandText.StartsWith("-- " + PostCatalog.Api.Schema.Live.CatalogChangeFeed.Tag, StringComparison.Ordinal)) return;
        _commands.Enqueue(data.Command.CommandText);
        _statements.Enqueue(new LoggedStatement(data.Command.CommandText,
            [.. data.Command.Parameters.Cast<DbParameter>().Select(p => p is ICloneable copy ? (DbParameter)copy.Clone() : p)]));
    }

    private bool IsOurs(DbCommand command) => command.Connection switch
    {
        Microsoft.Data.Sqlite.SqliteConnection { DataSource: { Length: > 0 } file } => Path.GetFullPath(file) == _catalogKey,
        Npgsql.NpgsqlConnection postgres => "postgresql:" + postgres.Database == _catalogKey,
        _ => false,
    };

    void IObserver<DiagnosticListener>.OnCompleted() { }
    void IObserver<DiagnosticListener>.OnError(Exception error) { }
    void IObserver<KeyValuePair<string, object?>>.OnCompleted() { }
    void IObserver<KeyValuePair<string, object?>>.OnError(Exception error) { }

    public void Dispose()
    {
        _allListeners.Dispose();
        lock (_subscriptions) _subscriptions.ForEach(s => s.Dispose());
    }
}

/// <summary>A statement the API sent, with its parameters.</summary>
public sealed record LoggedStatement(string Sql, IReadOnlyList<DbParameter> Parameters);
