using System.Diagnostics;
using System.Text;
using Microsoft.Data.Sqlite;

namespace PostCatalog.Api.Tests.Import;

/// <summary>
/// Runs a verb of the real executable (PostCatalog.Api.dll beside the tests) against a catalog file and kills it
/// (SIGKILL, as <c>kill -9</c>) while its write transaction is open, i.e. once SQLite's rollback journal exists.
/// </summary>
public static class KilledProcess
{
    /// <returns>True when the process was killed while writing; false when it finished first (the test then has too little work).</returns>
    public static async Task<bool> RunAndKillWhileWritingAsync(string catalogPath, TimeSpan afterWriteStarts, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(catalogPath)!,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "PostCatalog.Api.dll"));
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.ArgumentList.Add("--database");
        start.ArgumentList.Add(catalogPath);

        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var journal = catalogPath + "-journal";
        try
        {
            var deadline = Stopwatch.StartNew();
            while (!File.Exists(journal))
            {
                if (process.HasExited) return false;
                if (deadline.Elapsed > TimeSpan.FromMinutes(2)) throw new TimeoutException($"no write began within 2 minutes:\n{output}");
                await Task.Delay(2);
            }
            await Task.Delay(afterWriteStarts);
            if (process.HasExited) return false;
            process.Kill(entireProcessTree: true);   // SIGKILL: no finally blocks, no rollback by the process itself
            await process.WaitForExitAsync();
            return File.Exists(journal);   // the hot journal is still there: the transaction was cut half way
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
    }

    /// <summary>PRAGMA integrity_check (opening the file first rolls a hot journal back, as any reader would).</summary>
    public static string IntegrityCheck(string catalogPath)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = catalogPath, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return (string)command.ExecuteScalar()!;
    }

    /// <summary>Every table's row count and every post's id, title and slug: enough to see any change.</summary>
    public static string Summary(string catalogPath)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = catalogPath, Pooling = false }.ToString());
        connection.Open();
        var text = new StringBuilder();
        foreach (var table in new[] { "posts", "categories", "tags", "authors", "post_categories", "post_tags", "bylines", "post_sources", "post_search", "documents", "import_runs" })
        {
            using var count = connection.CreateCommand();
            count.CommandText = $"SELECT count(*) FROM {table}";
            text.AppendLine($"{table}: {count.ExecuteScalar()}");
        }
        using var posts = connection.CreateCommand();
        posts.CommandText = "SELECT id, title, slug FROM posts ORDER BY id";
        using var reader = posts.ExecuteReader();
        while (reader.Read()) text.AppendLine($"{reader.GetInt64(0)} {reader.GetString(1)} {(reader.IsDBNull(2) ? "-" : reader.GetString(2))}");
        return text.ToString();
    }
}
