using System.Buffers;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using PostCatalog.Limit;

// The limit of an operation: the best statements a person tuning SQLite would write for it, prepared once on one open
// connection, each answer read and written as JSON with Utf8JsonWriter; no HTTP, no GraphQL, no ORM. Prints one JSON
// line per operation with the median time of one answer.
//   dotnet PostCatalog.Limit.dll --database catalog.db [--iterations 200] [--category data-science] [--since 2024-01-01] [--search "spotify data"]
var options = Options.Parse(args);
using var connection = new SqliteConnection(new SqliteConnectionStringBuilder
{
    DataSource = options.Database, Mode = SqliteOpenMode.ReadOnly, Pooling = false,
}.ToString());
connection.Open();
var operations = new LimitOperations(connection, options);
var buffer = new ArrayBufferWriter<byte>(1 << 16);

foreach (var (name, write) in operations.All)
{
    var times = new List<double>(options.Iterations);
    for (var i = 0; i < options.Iterations + 5; i++)
    {
        buffer.ResetWrittenCount();
        var clock = Stopwatch.StartNew();
        using (var json = new Utf8JsonWriter(buffer)) write(json);
        clock.Stop();
        if (i >= 5) times.Add(clock.Elapsed.TotalMilliseconds); // the first answers warm the page cache and prepare
    }

    times.Sort();
    Console.WriteLine(JsonSerializer.Serialize(new { operation = name, medianMs = Math.Round(times[times.Count / 2], 3), responseBytes = buffer.WrittenCount }));
}

internal sealed record Options(string Database, int Iterations, string Category, string Since, string Search)
{
    public static Options Parse(string[] args)
    {
        string Get(string name, string fallback)
        {
            var i = Array.IndexOf(args, "--" + name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
        }

        return new Options(Get("database", "catalog.db"), int.Parse(Get("iterations", "200")), Get("category", "data-science"),
            Get("since", "2024-01-01"), Get("search", "spotify data"));
    }
}
