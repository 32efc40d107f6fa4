using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace PostCatalog.Floor;

/// <summary>
/// Open read-only connections, each with its prepared commands kept by SQL text: a request rents one, so statements
/// are compiled once per connection, never per request. This is the least a hand-written endpoint has to pay.
/// </summary>
public sealed class SqliteSessions(string databasePath) : IDisposable
{
    private readonly ConcurrentBag<Session> _idle = [];
    private readonly string _connectionString = new SqliteConnectionStringBuilder
    {
        DataSource = databasePath,
        Mode = SqliteOpenMode.ReadOnly,
        Pooling = false,
    }.ToString();

    public Session Rent() => _idle.TryTake(out var session) ? session : new Session(_connectionString);

    public void Return(Session session) => _idle.Add(session);

    public void Dispose()
    {
        while (_idle.TryTake(out var session)) session.Dispose();
    }

    public sealed class Session : IDisposable
    {
        private readonly SqliteConnection _connection;
        private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

        public Session(string connectionString)
        {
            _connection = new SqliteConnection(connectionString);
            _connection.Open();
        }

        /// <summary>The prepared command for <paramref name="sql"/>, its parameters cleared of the previous values.</summary>
        public SqliteCommand Command(string sql)
        {
            if (!_commands.TryGetValue(sql, out var command))
            {
                command = _connection.CreateCommand();
                command.CommandText = sql;
                _commands[sql] = command;
            }
            command.Parameters.Clear();
            return command;
        }

        public void Dispose()
        {
            foreach (var command in _commands.Values) command.Dispose();
            _connection.Dispose();
        }
    }
}
