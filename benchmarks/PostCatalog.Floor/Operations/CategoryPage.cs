using System.Globalization;
using System.Text;
using System.Text.Json;
using PostCatalog.Floor.Providers;

namespace PostCatalog.Floor.Operations;

/// <summary>
/// operations/category-page.graphql: a keyset page of one category's posts, newest first (undated last), then by id
/// descending. The statements are the ones our pager sends: a seek on the date from a dated cursor, and the undated
/// posts' own seek only when the dated ones run out.
/// </summary>
public sealed class CategoryPage(FloorProvider provider, NestedLists nested)
{
    private const int PageSize = 20;

    /// <summary>
    /// A cursor is base64 of the JSON array [fingerprint, publishedAt, id]; the fingerprint is the one our
    /// KeysetCursor writes for this operation's order (publishedAt descending, then id descending).
    /// </summary>
    private const string Fingerprint = "5be75644";

    private const string Filter = """
        EXISTS (
            SELECT 1
            FROM "post_categories" AS "p0"
            INNER JOIN "categories" AS "c" ON "p0"."category_id" = "c"."id"
            WHERE "p"."id" = "p0"."post_id" AND "c"."slug" = @Value)
        """;

    private static readonly (string, ParameterKind) Category = ("@Value", ParameterKind.Text), Limit = ("@p", ParameterKind.Int);

    private static Statement Page(FloorProvider provider, string seek, params (string, ParameterKind)[] parameters) => provider.Statement($"""
        SELECT {PostColumns.WithoutUrl.Sql} FROM "posts" AS "p" WHERE {Filter}{seek}
        ORDER BY "p"."published_at" {provider.DescNullsLast}, "p"."id" DESC LIMIT @p
        """, [Category, .. parameters, Limit]);

    private readonly Statement _firstPage = Page(provider, "");

    private readonly Statement _afterDated = Page(provider, """
         AND "p"."published_at" <= @Value1 AND ("p"."published_at" < @Value2 OR ("p"."published_at" = @Value3 AND "p"."id" < @Value4))
        """, ("@Value1", ParameterKind.Date), ("@Value2", ParameterKind.Date), ("@Value3", ParameterKind.Date), ("@Value4", ParameterKind.Int));

    private readonly Statement _undated = Page(provider, """ AND "p"."published_at" IS NULL""");

    private readonly Statement _afterUndated = Page(provider, """ AND ("p"."published_at" IS NULL AND "p"."id" < @Value1)""", ("@Value1", ParameterKind.Int));

    // totalCount as our catalog counts a relation filter (LinkTableCounts): the category's id, then its link rows by their index.
    private readonly Statement _categoryId = provider.Statement("""
        SELECT "c"."id"
        FROM "categories" AS "c"
        WHERE "c"."slug" = @Value
        LIMIT @p
        """, ("@Value", ParameterKind.Text), ("@p", ParameterKind.Int));

    private readonly Statement _count = provider.Statement($"""
        SELECT {provider.CountInt}
        FROM "post_categories" AS "p"
        WHERE "p"."category_id" = @Id
        """, ("@Id", ParameterKind.Int));

    public void Write(Utf8JsonWriter json, Session session, JsonElement variables)
    {
        var category = variables.GetProperty("category").GetString();
        var after = variables.TryGetProperty("after", out var a) && a.ValueKind == JsonValueKind.String ? Decode(a.GetString()!) : default;
        var withTotal = variables.TryGetProperty("withTotal", out var t) && t.ValueKind == JsonValueKind.True;

        var reader = after.Id == 0 ? session.Read(_firstPage, category, PageSize + 1)
            : after.Date is { } date ? session.Read(_afterDated, category, date, date, date, after.Id, PageSize + 1)
            : session.Read(_afterUndated, category, after.Id, PageSize + 1);
        var rows = PostRow.ReadAll(reader, PostColumns.WithoutUrl, provider);
        if (after.Date is not null && rows.Count <= PageSize)
        {
            // The dated posts ran out: the rest of the page comes from the undated ones.
            rows.AddRange(PostRow.ReadAll(session.Read(_undated, category, PageSize + 1 - rows.Count), PostColumns.WithoutUrl, provider));
        }

        var hasNextPage = rows.Count > PageSize;
        if (hasNextPage) rows.RemoveAt(PageSize);
        var authors = nested.Authors(session, rows.ConvertAll(p => p.Id));

        json.WriteStartObject();
        json.WriteStartObject("data"u8);
        json.WriteStartObject("posts"u8);
        if (withTotal) json.WriteNumber("totalCount"u8, Count(session, category));
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

    private int Count(Session session, string? category)
    {
        int id;
        using (var reader = session.Read(_categoryId, category, 2))
        {
            if (!reader.Read()) return 0;
            id = reader.GetInt32(0);
        }
        return Convert.ToInt32(session.Scalar(_count, id), CultureInfo.InvariantCulture);
    }

    private static string Encode(PostRow row) => Convert.ToBase64String(Encoding.UTF8.GetBytes(
        $"[\"{Fingerprint}\",{(row.PublishedAt is null ? "null" : "\"" + row.PublishedAt + "\"")},{row.Id}]"));

    private static (DateOnly? Date, int Id) Decode(string cursor)
    {
        using var document = JsonDocument.Parse(Convert.FromBase64String(cursor));
        var items = document.RootElement;
        if (items.GetArrayLength() != 3 || items[0].GetString() != Fingerprint) throw new FormatException($"not a cursor of this order: {cursor}");
        return (items[1].ValueKind == JsonValueKind.Null ? null : DateOnly.Parse(items[1].GetString()!, CultureInfo.InvariantCulture), items[2].GetInt32());
    }
}
