using Microsoft.Data.Sqlite;

namespace PostCatalog.Floor.Operations;

/// <summary>A post row as the catalog's page queries select it (every column, EF Core's order).</summary>
public sealed record PostRow(long Id, string Title, string? Slug, string? Url, string? PublishedAt, string? Excerpt)
{
    public const string Columns = """
        "p"."id", "p"."excerpt", "p"."is_excerpt_truncated", "p"."published_at", "p"."slug", "p"."thumbnail_url", "p"."title", "p"."url", "p"."word_press_id"
        """;

    public static List<PostRow> ReadAll(SqliteCommand command)
    {
        var rows = new List<PostRow>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
            rows.Add(new PostRow(reader.GetInt64(0), reader.GetString(6), Text(reader, 4), Text(reader, 7), Text(reader, 3), Text(reader, 1)));
        return rows;
    }

    private static string? Text(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
