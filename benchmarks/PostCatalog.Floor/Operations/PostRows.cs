using System.Data.Common;
using PostCatalog.Floor.Providers;

namespace PostCatalog.Floor.Operations;

/// <summary>A post row as one of the catalog's queries selects it.</summary>
public sealed record PostRow(int Id, string Title, string? Slug, string? Url, string? PublishedAt, string? Excerpt)
{
    public static List<PostRow> ReadAll(DbDataReader reader, PostColumns columns, FloorProvider provider)
    {
        var rows = new List<PostRow>();
        using (reader)
        {
            while (reader.Read())
            {
                rows.Add(new PostRow(reader.GetInt32(0), reader.GetString(columns.Title), Text(reader, columns.Slug),
                    columns.Url < 0 ? null : Text(reader, columns.Url),
                    reader.IsDBNull(columns.PublishedAt) ? null : provider.Date(reader, columns.PublishedAt), Text(reader, columns.Excerpt)));
            }
        }
        return rows;
    }

    private static string? Text(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}

/// <summary>
/// The post columns a query selects and where each is (the id always first): our root connections select only the
/// fields asked for, the nested <c>author.posts</c> and search's lookup every column, in EF Core's order.
/// </summary>
public sealed record PostColumns(string Sql, int Title, int Slug, int Url, int PublishedAt, int Excerpt)
{
    public static PostColumns Every { get; } = new("""
        "p"."id", "p"."excerpt", "p"."is_excerpt_truncated", "p"."published_at", "p"."slug", "p"."thumbnail_url", "p"."title", "p"."url", "p"."word_press_id"
        """, Title: 6, Slug: 4, Url: 7, PublishedAt: 3, Excerpt: 1);

    public static PostColumns WithUrl { get; } = new("""
        "p"."id", "p"."title", "p"."slug", "p"."url", "p"."published_at", "p"."excerpt"
        """, Title: 1, Slug: 2, Url: 3, PublishedAt: 4, Excerpt: 5);

    public static PostColumns WithoutUrl { get; } = new("""
        "p"."id", "p"."title", "p"."slug", "p"."published_at", "p"."excerpt"
        """, Title: 1, Slug: 2, Url: -1, PublishedAt: 3, Excerpt: 4);
}
