using System.Text.Json;

namespace PostCatalog.Floor.Operations;

/// <summary>
/// The categories and authors of a page of posts, one SQL statement each (the statements our DataLoaders send),
/// grouped by post id. Only name and slug are kept: that is all the benchmark operations select.
/// </summary>
public static class NestedLists
{
    public readonly record struct NameAndSlug(string Name, string Slug);

    private static readonly Dictionary<int, string> CategoriesSql = [], AuthorsSql = [];

    public static Dictionary<long, List<NameAndSlug>> Categories(SqliteSessions.Session session, IReadOnlyList<long> postIds) =>
        Load(session, postIds, Sql(CategoriesSql, postIds.Count, ids => $"""
            SELECT "p"."post_id" AS "PostId", "c"."id", "c"."declared_post_count", "c"."name", "c"."slug", "c"."word_press_id"
            FROM "post_categories" AS "p"
            INNER JOIN "categories" AS "c" ON "p"."category_id" = "c"."id"
            WHERE "p"."post_id" IN {ids}
            ORDER BY "c"."name"
            """), postColumn: 0, nameColumn: 3, slugColumn: 4);

    public static Dictionary<long, List<NameAndSlug>> Authors(SqliteSessions.Session session, IReadOnlyList<long> postIds) =>
        Load(session, postIds, Sql(AuthorsSql, postIds.Count, ids => $"""
            SELECT "b"."post_id", "b"."author_id", "b"."position", "b"."role", "a"."id", "a"."name", "a"."slug"
            FROM "bylines" AS "b"
            INNER JOIN "authors" AS "a" ON "b"."author_id" = "a"."id"
            WHERE "b"."post_id" IN {ids}
            ORDER BY "b"."position"
            """), postColumn: 0, nameColumn: 5, slugColumn: 6);

    public static void Write(Utf8JsonWriter json, ReadOnlySpan<byte> name, Dictionary<long, List<NameAndSlug>> lists, long postId)
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

    private static string Sql(Dictionary<int, string> cache, int count, Func<string, string> build)
    {
        lock (cache)
        {
            if (!cache.TryGetValue(count, out var sql)) cache[count] = sql = build(FloorJson.InList(count));
            return sql;
        }
    }

    private static Dictionary<long, List<NameAndSlug>> Load(SqliteSessions.Session session, IReadOnlyList<long> postIds, string sql,
        int postColumn, int nameColumn, int slugColumn)
    {
        var result = new Dictionary<long, List<NameAndSlug>>(postIds.Count);
        if (postIds.Count == 0) return result;
        var command = session.Command(sql);
        FloorJson.AddIds(command, postIds);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var postId = reader.GetInt64(postColumn);
            if (!result.TryGetValue(postId, out var list)) result[postId] = list = [];
            list.Add(new NameAndSlug(reader.GetString(nameColumn), reader.GetString(slugColumn)));
        }
        return result;
    }
}
