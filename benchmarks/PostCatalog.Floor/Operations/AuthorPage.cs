using System.Text.Json;

namespace PostCatalog.Floor.Operations;

/// <summary>operations/author-page.graphql: an author, their post count and latest 20 posts with categories.</summary>
public static class AuthorPage
{
    private const string AuthorSql = """
        SELECT "a"."id", "a"."name", "a"."slug"
        FROM "authors" AS "a"
        WHERE "a"."slug" = @ArgumentValue
        LIMIT 1
        """;
    private const string CountSql = """
        SELECT "b"."author_id" AS "Key", COUNT(*) AS "Count"
        FROM "bylines" AS "b"
        WHERE "b"."author_id" = @ids1
        GROUP BY "b"."author_id"
        """;
    private const string PostsSql = $"""
        SELECT {PostRow.Columns}
        FROM "posts" AS "p"
        WHERE EXISTS (
            SELECT 1
            FROM "bylines" AS "b"
            WHERE "p"."id" = "b"."post_id" AND "b"."author_id" = @id)
        ORDER BY "p"."published_at" DESC, "p"."id" DESC
        LIMIT @p
        """;

    public static void Write(Utf8JsonWriter json, SqliteSessions.Session session, JsonElement variables)
    {
        json.WriteStartObject();
        json.WriteStartObject("data"u8);
        var command = session.Command(AuthorSql);
        command.Parameters.AddWithValue("@ArgumentValue", variables.GetProperty("slug").GetString());
        long id;
        string name, slug;
        using (var reader = command.ExecuteReader())
        {
            if (!reader.Read())
            {
                json.WriteNull("author"u8);
                json.WriteEndObject();
                json.WriteEndObject();
                return;
            }
            (id, name, slug) = (reader.GetInt64(0), reader.GetString(1), reader.GetString(2));
        }

        var count = session.Command(CountSql);
        count.Parameters.AddWithValue("@ids1", id);
        long postCount;
        using (var reader = count.ExecuteReader()) postCount = reader.Read() ? reader.GetInt64(1) : 0;

        var posts = session.Command(PostsSql);
        posts.Parameters.AddWithValue("@id", id);
        posts.Parameters.AddWithValue("@p", 21);
        var rows = PostRow.ReadAll(posts);
        if (rows.Count > 20) rows.RemoveAt(20);
        var categories = NestedLists.Categories(session, rows.ConvertAll(p => p.Id));

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
