using System.Text.Json;
using PostCatalog.Floor.Providers;

namespace PostCatalog.Floor.Operations;

/// <summary>
/// The categories and authors of a page of posts, one SQL statement each (the statements our DataLoaders send),
/// grouped by post id. Only name and slug are kept: that is all the benchmark operations select.
/// </summary>
public sealed class NestedLists(FloorProvider provider)
{
    public readonly record struct NameAndSlug(string Name, string Slug);

    private readonly Statement _categories = provider.Statement($"""
        SELECT "p"."post_id", "c"."id", "c"."declared_post_count", "c"."name", "c"."slug", "c"."word_press_id"
        FROM "post_categories" AS "p"
        INNER JOIN "categories" AS "c" ON "p"."category_id" = "c"."id"
        WHERE {provider.InIds("\"p\".\"post_id\"")}
        ORDER BY "c"."name"
        """, ("@ids", ParameterKind.Ids));

    private readonly Statement _authors = provider.Statement($"""
        SELECT "b"."post_id", "b"."author_id", "b"."position", "b"."role", "a"."id", "a"."name", "a"."slug"
        FROM "bylines" AS "b"
        INNER JOIN "authors" AS "a" ON "b"."author_id" = "a"."id"
        WHERE {provider.InIds("\"b\".\"post_id\"")}
        ORDER BY "b"."position"
        """, ("@ids", ParameterKind.Ids));

    public Dictionary<int, List<NameAndSlug>> Categories(Session session, IReadOnlyList<int> postIds) =>
        Load(session, _categories, postIds, nameColumn: 3, slugColumn: 4);

    public Dictionary<int, List<NameAndSlug>> Authors(Session session, IReadOnlyList<int> postIds) =>
        Load(session, _authors, postIds, nameColumn: 5, slugColumn: 6);

    public static void Write(Utf8JsonWriter json, ReadOnlySpan<byte> name, Dictionary<int, List<NameAndSlug>> lists, int postId)
    {
        json.WriteStartArray(name);
        if (lists.TryGetValue(postId, out var items))
        {
            foreach (var item in items)
            {
                json.WriteStartObject();
                json.WriteString("name"u8, item.Name);
                json.WriteString("slug"u8, item.Slug);
                json.WriteEndObject();
            }
        }
        json.WriteEndArray();
    }

    private static Dictionary<int, List<NameAndSlug>> Load(Session session, Statement statement, IReadOnlyList<int> postIds,
        int nameColumn, int slugColumn)
    {
        var result = new Dictionary<int, List<NameAndSlug>>(postIds.Count);
        if (postIds.Count == 0) return result;
        using var reader = session.Read(statement, postIds);
        while (reader.Read())
        {
            var postId = reader.GetInt32(0);
            if (!result.TryGetValue(postId, out var list)) result[postId] = list = [];
            list.Add(new NameAndSlug(reader.GetString(nameColumn), reader.GetString(slugColumn)));
        }
        return result;
    }
}
