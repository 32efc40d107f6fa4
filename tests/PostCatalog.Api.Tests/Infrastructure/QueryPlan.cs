using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace PostCatalog.Api.Tests.Infrastructure;

/// <summary>SQLite's <c>EXPLAIN QUERY PLAN</c> for a statement the API sent to a catalog file, one line per plan step.</summary>
public static partial class QueryPlan
{
    /// <remarks>Parameters are bound to NULL: without ANALYZE statistics SQLite's plan does not depend on their values.</remarks>
    public static IReadOnlyList<string> Explain(string databasePath, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        foreach (var name in Parameter().Matches(sql).Select(m => m.Value).Distinct())
            command.Parameters.AddWithValue(name, DBNull.Value);

        var steps = new List<string>();
        using var reader = command.ExecuteReader();
        while (reader.Read()) steps.Add(reader.GetString(3));
        return steps;
    }

    [GeneratedRegex(@"@\w+")]
    private static partial Regex Parameter();
}
