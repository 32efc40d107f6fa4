using System.Text.Json;
using PostCatalog.Floor.Providers;

namespace PostCatalog.Floor.Operations;

/// <summary>operations/home-page.graphql: the latest 20 posts with categories and authors.</summary>
public sealed class HomePage(FloorProvider provider, NestedLists nested)
{
    private const int PageSize = 20;

    // One row more than the page, as our pager asks (it would tell hasNextPage).
    private readonly Statement _posts = provider.Statement($"""
        SELECT {PostColumns.WithUrl.Sql}
        FROM "posts" AS "p"
        ORDER BY "p"."published_at" {provider.DescNullsLast}, "p"."id" DESC
        LIMIT @p
        """, ("@p", ParameterKind.Int));

    public void Write(Utf8JsonWriter json, Session session, JsonElement variables)
    {
        var posts = PostRow.ReadAll(session.Read(_posts, PageSize + 1), PostColumns.WithUrl, provider);
        if (posts.Count > PageSize) posts.RemoveAt(PageSize);
        var ids = posts.ConvertAll(p => p.Id);
        var authors = nested.Authors(session, ids);
        var categories = nested.Categories(session, ids);

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
