using System.Text.Json;

namespace PostCatalog.Floor.Operations;

/// <summary>operations/home-page.graphql: the latest 20 posts with categories and authors.</summary>
public static class HomePage
{
    private const string Sql = $"""
        SELECT {PostRow.Columns}
        FROM "posts" AS "p"
        ORDER BY "p"."published_at" DESC, "p"."id" DESC
        LIMIT @p
        """;

    public static void Write(Utf8JsonWriter json, SqliteSessions.Session session, JsonElement variables)
    {
        var command = session.Command(Sql);
        command.Parameters.AddWithValue("@p", 20);
        var posts = PostRow.ReadAll(command);
        var ids = posts.ConvertAll(p => p.Id);
        var authors = NestedLists.Authors(session, ids);
        var categories = NestedLists.Categories(session, ids);

        json.WriteStartObject();
        json.WriteStartObject("data"u8);
        json.WriteStartObject("posts"u8);
        json.WriteStartArray("nodes"u8);
        foreach (var post in posts)
        {
            json.WriteStartObject();
            FloorJson.WriteId(json, "Post", post.Id);
            json.WriteString("title"u8, post.Title);
            json.WriteString("slug"u8, post.Slug);
            json.WriteString("url"u8, post.Url);
            json.WriteString("publishedAt"u8, post.PublishedAt);
            json.WriteString("excerpt"u8, post.Excerpt);
            NestedLists.Write(json, "categories"u8, categories, post.Id);
            NestedLists.Write(json, "authors"u8, authors, post.Id);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
