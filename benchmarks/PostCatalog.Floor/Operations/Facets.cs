using System.Globalization;
using System.Text.Json;
using PostCatalog.Floor.Providers;

namespace PostCatalog.Floor.Operations;

/// <summary>operations/facets.graphql: one GROUP BY per facet over the posts published since a date, in the shape our catalog sends.</summary>
public sealed class Facets(FloorProvider provider)
{
    private static readonly (string, ParameterKind) Since = ("@Value", ParameterKind.Date), Limit = ("@p", ParameterKind.Int);

    private readonly Statement _categories = Labelled(provider, "post_categories", "p0", "category_id", "categories", "c");

    private readonly Statement _authors = Labelled(provider, "bylines", "b", "author_id", "authors", "a");

    private readonly Statement _years = provider.Statement($"""
        SELECT "p0"."Key" AS "Year", {provider.CountInt} AS "Count"
        FROM (
            SELECT {provider.Year("\"p\".\"published_at\"")} AS "Key"
            FROM "posts" AS "p"
            WHERE "p"."published_at" >= @Value AND "p"."published_at" IS NOT NULL
        ) AS "p0"
        GROUP BY "p0"."Key"
        ORDER BY "p0"."Key" {provider.DescNullsLast}
        LIMIT @p
        """, Since, Limit);

    /// <summary>
    /// The shape our catalog sends (PostFacetCounts): the posts since the date drive, their link rows by primary key,
    /// grouped by the id written "id + 0" so SQLite keeps to that order, then the slugs and names of the groups.
    /// </summary>
    private static Statement Labelled(FloorProvider provider, string links, string link, string key, string labels, string label) =>
        provider.Statement($"""
            SELECT "s0"."Count", "{label}"."id" AS "Id", "{label}"."slug" AS "Slug", "{label}"."name" AS "Name"
            FROM (
                SELECT "s"."Inner" AS "Id", {provider.CountInt} AS "Count"
                FROM (
                    SELECT "{link}"."{key}" + 0 AS "Inner"
                    FROM "posts" AS "p"
                    INNER JOIN "{links}" AS "{link}" ON "p"."id" = "{link}"."post_id"
                    WHERE "p"."published_at" >= @Value
                ) AS "s"
                GROUP BY "s"."Inner"
            ) AS "s0"
            INNER JOIN "{labels}" AS "{label}" ON "s0"."Id" = "{label}"."id"
            ORDER BY "s0"."Count" {provider.DescNullsLast}, "{label}"."name", "{label}"."id"
            LIMIT @p
            """, Since, Limit);

    public void Write(Utf8JsonWriter json, Session session, JsonElement variables)
    {
        var since = DateOnly.Parse(variables.GetProperty("since").GetString()!, CultureInfo.InvariantCulture);
        json.WriteStartObject();
        json.WriteStartObject("data"u8);
        json.WriteStartObject("postFacets"u8);

        json.WriteStartArray("categories"u8);
        WriteLabelled(json, session, _categories, since, 200);
        json.WriteEndArray();
        json.WriteStartArray("authors"u8);
        WriteLabelled(json, session, _authors, since, 10);
        json.WriteEndArray();

        json.WriteStartArray("years"u8);
        using (var reader = session.Read(_years, since, 200))
        {
            while (reader.Read())
            {
                json.WriteStartObject();
                json.WriteString("value"u8, reader.GetInt32(0).ToString(CultureInfo.InvariantCulture));
                json.WriteNumber("count"u8, reader.GetInt32(1));
                json.WriteEndObject();
            }
        }
        json.WriteEndArray();

        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteLabelled(Utf8JsonWriter json, Session session, Statement statement, DateOnly since, int limit)
    {
        using var reader = session.Read(statement, since, limit);
        while (reader.Read())
        {
            json.WriteStartObject();
            json.WriteString("value"u8, reader.GetString(2));
            json.WriteString("label"u8, reader.GetString(3));
            json.WriteNumber("count"u8, reader.GetInt32(0));
            json.WriteEndObject();
        }
    }
}
