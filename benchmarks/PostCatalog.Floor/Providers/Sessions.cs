using System.Collections.Concurrent;
using System.Data.Common;

namespace PostCatalog.Floor.Providers;

/// <summary>
/// Open connections, each with its prepared commands: a request rents one, so statements are compiled (SQLite) or
/// prepared on the server (PostgreSQL, <c>Prepare()</c>) once per connection, never per request. The pool holds as
/// many connections as requests ever ran at once. This is the least a hand-written endpoint has to pay.
/// </summary>
public sealed class Sessions(FloorProvider provider) : IDisposable
{
    private readonly ConcurrentBag<Session> _idle = [];

    public Session Rent() => _idle.TryTake(out var session) ? session : new Session(provider);

    public void Return(Session session) => _idle.Add(session);

    public void Dispose()
    {
        while (_idle.TryTake(out var session)) session.Dispose();
    }
}

/// <summary>One open connection and the commands prepared on it, by statement.</summary>
public sealed class Session : IDisposable
{
    private readonly FloorProvider _provider;
    private readonly DbConnection _connection;
    private readonly Dictionary<Statement, DbCommand> _commands = [];

    public Session(FloorProvider provider)
    {
        _provider = provider;
        _connection = provider.Open();
    }

    public FloorProvider Provider => _provider;

    /// <summary>Runs <paramref name="statement"/> with <paramref name="values"/> in its parameters' order.</summary>
    public DbDataReader Read(Statement statement, params object?[] values) => Bind(statement, values).ExecuteReader();

    public object? Scalar(Statement statement, params object?[] values) => Bind(statement, values).ExecuteScalar();

    private DbCommand Bind(Statement statement, object?[] values)
    {
        if (!_commands.TryGetValue(statement, out var command))
        {
            command = _connection.CreateCommand();
            command.CommandText = statement.Sql;
            foreach (var (name, kind) in statement.Parameters) command.Parameters.Add(_provider.Parameter(name, kind));
            command.Prepare();
            _commands[statement] = command;
        }
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = statement.Parameters[i].Kind == ParameterKind.Ids
                ? _provider.Ids((IReadOnlyList<int>)values[i]!)
                : values[i] ?? DBNull.Value;
        }
        return command;
    }

    public void Dispose()
    {
        foreach (var command in _commands.Values) command.Dispose();
        _connection.Dispose();
    }
}
