using System.Text;
using System.Text.Json;

namespace PostCatalog.Floor.Operations;

/// <summary>
/// operations/category-page.graphql: a keyset page of one category's posts, newest first (undated last), then by id
/// descending. The cursor is base64 of <c>publishedAt|id</c>; the statements are the ones our pager sends: a seek on
/// the date from a dated cursor, and the undated posts' own seek only when the dated ones run out.
/// </summary>
public static class CategoryPage
{
    private const string Filter = """
        EXISTS (
            SELECT 1
            FROM "post_categories" AS "p0"
            INNER JOIN "categories" AS "c" ON "p0"."category_id" = "c"."id"
            WHERE "p"."id" = "p0"."post_id" AND "c"."slug" = @Value)
        """;
    private const string Order = """ORDER BY "p"."published_at" DESC, "p"."id" DESC LIMIT @p""";
    private const string FirstPage = $"""SELECT {PostRow.Columns} FROM "posts" AS "p" WHERE {Filter} {Order}""";
    private const string AfterDated = $"""
        SELECT {PostRow.Columns} FROM "posts" AS "p"
        WHERE {Filter} AND "p"."published_at" <= @Value1 AND ("p"."published_at" < @Value1 OR ("p"."published_at" = @Value1 AND "p"."id" < @Value3))
        {Order}
        """;
    private const string Undated = $"""
        SELECT {PostRow.Columns} FROM "posts" AS "p"
        WHERE {Filter} AND "p"."published_at" IS NULL
        {Order}
        """;
    private const string AfterUndated = $"""
        SELECT {PostRow.Columns} FROM "posts" AS "p"
        WHERE {Filter} AND ("p"."published_at" IS NULL AND "p"."id" < @Value3)
        {Order}
        """;
    // totalCount as our catalog counts a relation filter (LinkTableCounts): the category's link rows, by their index.
    private const string Count = """SELECT COUNT(*) FROM "post_categories" AS "p" WHERE "p"."category_id" = (SELECT "c"."id" FROM "categories" AS "c" WHERE "c"."slug" = @Value)""";
    private const int PageSize = 20;

    public static void Write(Utf8JsonWriter json, SqliteSessions.Session session, JsonElement variables)
    {
        var category = variables.GetProperty("category").GetString();
        var after = variables.TryGetProperty("after", out var a) && a.ValueKind == JsonValueKind.String ? Decode(a.GetString()!) : default;
        var withTotal = variables.TryGetProperty("withTotal", out var t) && t.ValueKind == JsonValueKind.True;

        var command = session.Command(after.Id == 0 ? FirstPage : after.Date is null ? AfterUndated : AfterDated);
        command.Parameters.AddWithValue("@Value", category);
        command.Parameters.AddWithValue("@p", PageSize + 1);
        if (after.Id != 0)
        {
            command.Parameters.AddWithValue("@Value3", after.Id);
            if (after.Date is not null) command.Parameters.AddWithValue("@Value1", after.Date);
        }
        var rows = PostRow.ReadAll(command);
        if (after.Date is not null && rows.Count <= PageSize)
        {
            // The dated posts ran out: the rest of the page comes from the undated ones.
            var undated = session.Command(Undated);
            undated.Parameters.AddWithValue("@Value", category);
            undated.Parameters.AddWithValue("@p", PageSize + 1 - rows.Count);
            rows.AddRange(PostRow.ReadAll(undated));
        }

        var hasNextPage = rows.Count > PageSize;
        if (hasNextPage) rows.RemoveAt(PageSize);
        var authors = NestedLists.Authors(session, rows.ConvertAll(p => p.Id));

        json.WriteStartObject();
        json.WriteStartObject("data"u8);
        json.WriteStartObject("posts"u8);
        if (withTotal)
        {
            var count = session.Command(Count);
            count.Parameters.AddWithValue("@Value", category);
            json.WriteNumber("totalCount"u8, Convert.ToInt64(count.ExecuteScalar()));
        }
        json.WriteStartObject("pageInfo"u8);
        json.WriteBoolean("hasNextPage"u8, hasNextPage);
        if (rows.Count == 0) json.WriteNull("endCursor"u8);
        else json.WriteString("endCursor"u8, Encode(rows[^1]));
        json.WriteEndObject();
        json.WriteStartArray("nodes"u8);
        foreach (var post in rows)
        {
            json.WriteStartObject();
            FloorJson.WriteId(json, "Post", post.Id);
            json.WriteString("title"u8, post.Title);
            json.WriteString("slug"u8, post.Slug);
            json.WriteString("publishedAt"u8, post.PublishedAt);
            json.WriteString("excerpt"u8, post.Excerpt);
            NestedLists.Write(json, "authors"u8, authors, post.Id);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static string Encode(PostRow row) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"{row.PublishedAt}|{row.Id}"));

    private static (string? Date, long Id) Decode(string cursor)
    {
        var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
        var bar = text.LastIndexOf('|');
        return (bar == 0 ? null : text[..bar], long.Parse(text[(bar + 1)..], System.Globalization.CultureInfo.InvariantCulture));
    }
}
