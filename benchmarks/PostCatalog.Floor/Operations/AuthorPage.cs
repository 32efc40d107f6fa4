using System.Text.Json;
using PostCatalog.Floor.Providers;

namespace PostCatalog.Floor.Operations;

/// <summary>operations/author-page.graphql: an author, their post count and latest 20 posts with categories.</summary>
public sealed class AuthorPage(FloorProvider provider, NestedLists nested)
{
    private const int PageSize = 20;

    private readonly Statement _author = provider.Statement("""
        SELECT "a"."id", "a"."name", "a"."slug"
        FROM "authors" AS "a"
        WHERE "a"."slug" = @slug
        LIMIT 1
        """, ("@slug", ParameterKind.Text));

    // postCount as our count DataLoader asks it: grouped by author over a list of one.
    private readonly Statement _count = provider.Statement($"""
        SELECT "b"."author_id" AS "Key", {provider.CountInt} AS "Count"
        FROM "bylines" AS "b"
        WHERE {provider.InIds("\"b\".\"author_id\"")}
        GROUP BY "b"."author_id"
        """, ("@ids", ParameterKind.Ids));

    private readonly Statement _posts = provider.Statement($"""
        SELECT {PostColumns.Every.Sql}
        FROM "posts" AS "p"
        WHERE EXISTS (
            SELECT 1
            FROM "bylines" AS "b"
            WHERE "p"."id" = "b"."post_id" AND "b"."author_id" = @id)
        ORDER BY "p"."published_at" {provider.DescNullsLast}, "p"."id" DESC
        LIMIT @p
        """, ("@id", ParameterKind.Int), ("@p", ParameterKind.Int));

    public void Write(Utf8JsonWriter json, Session session, JsonElement variables)
    {
        json.WriteStartObject();
        json.WriteStartObject("data"u8);
        int id;
        string name, slug;
        using (var reader = session.Read(_author, variables.GetProperty("slug").GetString()))
        {
            if (!reader.Read())
            {
                json.WriteNull("author"u8);
                json.WriteEndObject();
                json.WriteEndObject();
                return;
            }
            (id, name, slug) = (reader.GetInt32(0), reader.GetString(1), reader.GetString(2));
        }

        int postCount;
        using (var reader = session.Read(_count, new[] { id })) postCount = reader.Read() ? reader.GetInt32(1) : 0;

        var rows = PostRow.ReadAll(session.Read(_posts, id, PageSize + 1), PostColumns.Every, provider);
        if (rows.Count > PageSize) rows.RemoveAt(PageSize);
        var categories = nested.Categories(session, rows.ConvertAll(p => p.Id));

        json.WriteStartObject("author"u8);
        FloorJson.WriteId(json, "Author", id);
        json.WriteString("name"u8, name);
        json.WriteString("slug"u8, slug);
        json.WriteNumber("postCount"u8, postCount);
        json.WriteStartObject("posts"u8);
        json.WriteStartArray("nodes"u8);
        foreach (var post in rows)
        {
            json.WriteStartObject();
            FloorJson.WriteId(json, "Post", post.Id);
            json.WriteString("title"u8, post.Title);
            json.WriteString("slug"u8, post.Slug);
            json.WriteString("publishedAt"u8, post.PublishedAt);
            NestedLists.Write(json, "categories"u8, categories, post.Id);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
