using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace PostCatalog.Floor.Providers;

/// <summary>A catalog file, opened read-only: FTS5's bm25, highlight() and snippet() for search.</summary>
public sealed class SqliteProvider(string databasePath) : FloorProvider
{
    private readonly string _connectionString = new SqliteConnectionStringBuilder
    {
        DataSource = databasePath,
        Mode = SqliteOpenMode.ReadOnly,
        Pooling = false,
    }.ToString();

    public override DbConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }

    public override DbParameter Parameter(string name, ParameterKind kind) =>
        new SqliteParameter(name, kind == ParameterKind.Int ? SqliteType.Integer : SqliteType.Text);

    /// <summary>One JSON array, read by <c>json_each</c>, as EF Core binds a list.</summary>
    public override object Ids(IReadOnlyList<int> ids) => "[" + string.Join(",", ids) + "]";

    public override string Date(DbDataReader reader, int ordinal) => reader.GetString(ordinal);

    public override string InIds(string column) => $"""
        {column} IN (
            SELECT "i"."value"
            FROM json_each(@ids) AS "i"
        )
        """;

    public override string DescNullsLast => "DESC";

    public override string CountInt => "COUNT(*)";

    public override string Year(string column) => $"CAST(strftime('%Y', {column}) AS INTEGER)";

    /// <summary>Every word a quoted FTS5 string, ANDed by juxtaposition: <c>"spotify" "data"</c>.</summary>
    public override string MatchExpression(IReadOnlyList<string> words) => string.Join(' ', words.Select(w => "\"" + w.Replace("\"", "\"\"") + "\""));

    // bm25's weights in the FTS5 table's column order: title, excerpt, categories, authors. "+rowid" as our index
    // writes it (it keeps a filter's id list from being handed to FTS5 as rowid constraints).
    public override string RankedSql => """SELECT +rowid AS "PostId", bm25(post_search, 10, 1, 4, 4) AS "Rank" FROM post_search WHERE post_search MATCH @match""";

    public override string HighlightsSql => """
        SELECT rowid,
               highlight(post_search, 0, char(2), char(3)),
               snippet(post_search, 1, char(2), char(3), '…', 24)
        FROM post_search WHERE post_search MATCH @match AND rowid IN (SELECT value FROM json_each(@ids))
        """;
}
