using System.Text.Json;

namespace PostCatalog.Floor.Operations;

/// <summary>operations/facets.graphql: one GROUP BY per facet over the posts published since a date, in the shape our catalog sends.</summary>
public static class Facets
{
    // The shape our catalog sends (PostFacetCounts): the posts since the date drive, their link rows by primary key,
    // grouped by the id written "id + 0" so SQLite keeps to that order, then the names of the groups.
    private const string CategoriesSql = """
        SELECT "c"."slug", "c"."name", "g"."Count", "g"."Id"
        FROM (
            SELECT "p0"."category_id" + 0 AS "Id", COUNT(*) AS "Count"
            FROM "posts" AS "p"
            INNER JOIN "post_categories" AS "p0" ON "p"."id" = "p0"."post_id"
            WHERE "p"."published_at" >= @Value
            GROUP BY "p0"."category_id" + 0
        ) AS "g"
        INNER JOIN "categories" AS "c" ON "g"."Id" = "c"."id"
        ORDER BY "g"."Count" DESC, "c"."name", "g"."Id"
        LIMIT @p
        """;
    private const string AuthorsSql = """
        SELECT "a"."slug", "a"."name", "g"."Count", "g"."Id"
        FROM (
            SELECT "b"."author_id" + 0 AS "Id", COUNT(*) AS "Count"
            FROM "posts" AS "p"
            INNER JOIN "bylines" AS "b" ON "p"."id" = "b"."post_id"
            WHERE "p"."published_at" >= @Value
            GROUP BY "b"."author_id" + 0
        ) AS "g"
        INNER JOIN "authors" AS "a" ON "g"."Id" = "a"."id"
        ORDER BY "g"."Count" DESC, "a"."name", "g"."Id"
        LIMIT @p
        """;
    private const string YearsSql = """
        SELECT "p0"."Key" AS "Year", COUNT(*) AS "Count"
        FROM (
            SELECT CAST(strftime('%Y', "p"."published_at") AS INTEGER) AS "Key"
            FROM "posts" AS "p"
            WHERE "p"."published_at" >= @Value AND "p"."published_at" IS NOT NULL
        ) AS "p0"
        GROUP BY "p0"."Key"
        ORDER BY "p0"."Key" DESC
        LIMIT @p
        """;

    public static void Write(Utf8JsonWriter json, SqliteSessions.Session session, JsonElement variables)
    {
        var since = variables.GetProperty("since").GetString();
        json.WriteStartObject();
        json.WriteStartObject("data"u8);
        json.WriteStartObject("postFacets"u8);

        json.WriteStartArray("categories"u8);
        WriteLabelled(json, session, CategoriesSql, since, 200);
        json.WriteEndArray();
        json.WriteStartArray("authors"u8);
        WriteLabelled(json, session, AuthorsSql, since, 10);
        json.WriteEndArray();

        json.WriteStartArray("years"u8);
        var years = session.Command(YearsSql);
        years.Parameters.AddWithValue("@Value", since);
        years.Parameters.AddWithValue("@p", 200);
        using (var reader = years.ExecuteReader())
        {
            while (reader.Read())
            {
                json.WriteStartObject();
                json.WriteString("value"u8, reader.GetInt64(0).ToString(System.Globalization.CultureInfo.InvariantCulture));
                json.WriteNumber("count"u8, reader.GetInt64(1));
                json.WriteEndObject();
            }
        }
        json.WriteEndArray();

        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteLabelled(Utf8JsonWriter json, SqliteSessions.Session session, string sql, string? since, int limit)
    {
        var command = session.Command(sql);
        command.Parameters.AddWithValue("@Value", since);
        command.Parameters.AddWithValue("@p", limit);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            json.WriteStartObject();
            json.WriteString("value"u8, reader.GetString(0));
            json.WriteString("label"u8, reader.GetString(1));
            json.WriteNumber("count"u8, reader.GetInt64(2));
            json.WriteEndObject();
        }
    }
}
