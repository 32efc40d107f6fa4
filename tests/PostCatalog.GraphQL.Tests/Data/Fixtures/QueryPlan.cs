using System.Data.Common;
using System.Text.RegularExpressions;

namespace PostCatalog.GraphQL.Tests.Data.Fixtures;

/// <summary>SQLite's <c>EXPLAIN QUERY PLAN</c> for a statement as EF Core sent it, one line per plan step.</summary>
public static partial class QueryPlan
{
    /// <remarks>Parameters are bound to NULL: without ANALYZE statistics SQLite's plan does not depend on their values.</remarks>
    public static IReadOnlyList<string> Explain(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        foreach (var name in Parameter().Matches(sql).Select(m => m.Value).Distinct())
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = DBNull.Value;
            command.Parameters.Add(parameter);
        }

        var steps = new List<string>();
        using var reader = command.ExecuteReader();
        while (reader.Read()) steps.Add(reader.GetString(3));
        return steps;
    }

    /// <summary>True when SQLite sorts rows itself (<c>USE TEMP B-TREE FOR ORDER BY</c>) instead of reading them in index order.</summary>
    public static bool Sorts(IReadOnlyList<string> plan) => plan.Any(step => step.Contains("TEMP B-TREE"));

    [GeneratedRegex(@"@\w+")]
    private static partial Regex Parameter();
}
