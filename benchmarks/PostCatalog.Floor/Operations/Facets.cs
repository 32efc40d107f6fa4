using System.Text.Json;

namespace PostCatalog.Floor.Operations;

/// <summary>operations/facets.graphql: one GROUP BY per facet over the posts published since a date.</summary>
public static class Facets
{
    private const string CategoriesSql = """
        SELECT "c"."slug", "c"."name", COUNT(*), "p"."category_id"
        FROM "post_categories" AS "p"
        INNER JOIN "categories" AS "c" ON "p"."category_id" = "c"."id"
        WHERE "p"."post_id" IN (
            SELECT "p0"."id"
            FROM "posts" AS "p0"
            WHERE "p0"."published_at" >= @Value
        )
        GROUP BY "p"."category_id", "c"."slug", "c"."name"
        ORDER BY COUNT(*) DESC, "c"."name", "p"."category_id"
        LIMIT @p
        """;
    private const string AuthorsSql = """
        SELECT "a"."slug", "a"."name", COUNT(*), "b"."author_id"
        FROM "bylines" AS "b"
        INNER JOIN "authors" AS "a" ON "b"."author_id" = "a"."id"
        WHERE "b"."post_id" IN (
            SELECT "p"."id"
            FROM "posts" AS "p"
            WHERE "p"."published_at" >= @Value
        )
        GROUP BY "b"."author_id", "a"."slug", "a"."name"
        ORDER BY COUNT(*) DESC, "a"."name", "b"."author_id"
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
