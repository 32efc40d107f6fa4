using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace PostCatalog.Limit;

/// <summary>
/// The four operations the planner's targets compare against (benchmarks/RESULTS.md, "Against the limit"), each as
/// the statements a person would write by hand for SQLite, and the JSON our server answers with.
/// </summary>
internal sealed class LimitOperations(SqliteConnection connection, Options options)
{
    private readonly Dictionary<string, SqliteCommand> _prepared = new(StringComparer.Ordinal);

    public IEnumerable<(string Name, Action<Utf8JsonWriter> Write)> All =>
    [
        ("category-total", CategoryTotal),
        ("facets", Facets),
        ("search", Search),
        ("nested-categories", NestedCategories),
    ];

    /// <summary><c>posts(where: { categories: { some: { slug: { eq: $c } } } }) { totalCount }</c>: the link table's index.</summary>
    private void CategoryTotal(Utf8JsonWriter json)
    {
        var count = Command("SELECT COUNT(*) FROM post_categories WHERE category_id = (SELECT id FROM categories WHERE slug = $slug)", ("$slug", options.Category));
        var total = Convert.ToInt32(count.ExecuteScalar());
        json.WriteStartObject(); json.WriteStartObject("data"); json.WriteStartObject("posts");
        json.WriteNumber("totalCount", total);
        json.WriteEndObject(); json.WriteEndObject(); json.WriteEndObject();
    }

    /// <summary>benchmarks/operations/facets.graphql: the posts since a date drive (their date index), link rows by primary key.</summary>
    private void Facets(Utf8JsonWriter json)
    {
        json.WriteStartObject(); json.WriteStartObject("data"); json.WriteStartObject("postFacets");
        WriteVocabulary(json, "categories", """
            SELECT c.slug, c.name, g.n FROM (SELECT pc.category_id AS id, COUNT(*) AS n FROM posts p CROSS JOIN post_categories pc ON pc.post_id = p.id
              WHERE p.published_at >= $since GROUP BY pc.category_id) g JOIN categories c ON c.id = g.id ORDER BY g.n DESC, c.name, c.id LIMIT 200
            """);
        WriteVocabulary(json, "authors", """
            SELECT a.slug, a.name, g.n FROM (SELECT b.author_id AS id, COUNT(*) AS n FROM posts p CROSS JOIN bylines b ON b.post_id = p.id
              WHERE p.published_at >= $since GROUP BY b.author_id) g JOIN authors a ON a.id = g.id ORDER BY g.n DESC, a.name, a.id LIMIT 10
            """);
        json.WriteStartArray("years");
        using (var years = Command("SELECT substr(published_at, 1, 4) AS y, COUNT(*) FROM posts WHERE published_at >= $since GROUP BY y ORDER BY y DESC", ("$since", options.Since)).ExecuteReader())
        {
            while (years.Read())
            {
                json.WriteStartObject(); json.WriteString("value", years.GetString(0)); json.WriteNumber("count", years.GetInt32(1)); json.WriteEndObject();
            }
        }

        json.WriteEndArray();
        json.WriteEndObject(); json.WriteEndObject(); json.WriteEndObject();
    }

    private void WriteVocabulary(Utf8JsonWriter json, string name, string sql)
    {
        json.WriteStartArray(name);
        using var reader = Command(sql, ("$since", options.Since)).ExecuteReader();
        while (reader.Read())
        {
            json.WriteStartObject();
            json.WriteString("value", reader.GetString(0)); json.WriteString("label", reader.GetString(1)); json.WriteNumber("count", reader.GetInt32(2));
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>
    /// benchmarks/operations/search.graphql: one MATCH scan ranked by bm25 with the catalog's weights (title, excerpt,
    /// categories, authors), the page's posts by primary key, then highlight()/snippet() for the page's rows only.
    /// </summary>
    private void Search(Utf8JsonWriter json)
    {
        var match = string.Join(" ", options.Search.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(t => "\"" + t.Replace("\"", "\"\"") + "\""));
        var hits = new List<(long Id, double Rank, string Title, string? Slug, string? PublishedAt)>();
        using (var reader = Command("""
            SELECT r.id, r.rank, p.title, p.slug, p.published_at
            FROM (SELECT +rowid AS id, bm25(post_search, 10.0, 1.0, 4.0, 4.0) AS rank FROM post_search WHERE post_search MATCH $match
                  ORDER BY rank, id LIMIT 21) r
            JOIN posts p ON p.id = r.id ORDER BY r.rank, r.id
            """, ("$match", match)).ExecuteReader())
        {
            while (reader.Read() && hits.Count < 20)
                hits.Add((reader.GetInt64(0), reader.GetDouble(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4)));
        }

        var highlights = new Dictionary<long, (string? Title, string? Excerpt)>();
        var ids = "[" + string.Join(",", hits.Select(h => h.Id)) + "]";
        using (var reader = Command("""
            SELECT rowid, highlight(post_search, 0, '<mark>', '</mark>'), snippet(post_search, 1, '<mark>', '</mark>', '…', 24)
            FROM post_search WHERE post_search MATCH $match AND rowid IN (SELECT value FROM json_each($ids))
            """, ("$match", match), ("$ids", ids)).ExecuteReader())
        {
            while (reader.Read())
                highlights[reader.GetInt64(0)] = (reader.IsDBNull(1) ? null : reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2));
        }

        json.WriteStartObject(); json.WriteStartObject("data"); json.WriteStartObject("searchPosts"); json.WriteStartArray("nodes");
        foreach (var hit in hits)
        {
            var (title, excerpt) = highlights.GetValueOrDefault(hit.Id);
            json.WriteStartObject();
            json.WriteNumber("score", -hit.Rank);
            json.WriteString("titleHighlight", title);
            json.WriteString("excerptHighlight", excerpt);
            json.WriteStartObject("post");
            json.WriteString("id", "UG9zdDo" + hit.Id); json.WriteString("title", hit.Title);
            json.WriteString("slug", hit.Slug); json.WriteString("publishedAt", hit.PublishedAt);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray(); json.WriteEndObject(); json.WriteEndObject(); json.WriteEndObject();
    }

    /// <summary>
    /// <c>categories(first: 18) { nodes { name posts(first: 5) { totalCount nodes { title authors { name } } } } }</c>:
    /// the categories page, each category's 5 newest posts (one UNION ALL of index seeks), their counts (the link
    /// table's index), and the posts' authors.
    /// </summary>
    private void NestedCategories(Utf8JsonWriter json)
    {
        var categories = new List<(long Id, string Name)>();
        using (var reader = Command("SELECT id, name FROM categories ORDER BY name, id LIMIT 18").ExecuteReader())
            while (reader.Read()) categories.Add((reader.GetInt64(0), reader.GetString(1)));

        var arms = string.Join(" UNION ALL ", categories.Select((c, i) =>
            $"SELECT * FROM (SELECT {i} AS arm, p.id, p.title, p.published_at FROM posts p WHERE EXISTS (SELECT 1 FROM post_categories pc WHERE pc.post_id = p.id AND pc.category_id = $c{i}) ORDER BY p.published_at DESC, p.id DESC LIMIT 5)"));
        var pages = categories.Select(_ => new List<(long Id, string Title)>()).ToList();
        using (var reader = Command(arms, [.. categories.Select((c, i) => ($"$c{i}", (object)c.Id))]).ExecuteReader())
            while (reader.Read()) pages[reader.GetInt32(0)].Add((reader.GetInt64(1), reader.GetString(2)));

        var counts = new Dictionary<long, int>();
        var ids = "[" + string.Join(",", categories.Select(c => c.Id)) + "]";
        using (var reader = Command("SELECT category_id, COUNT(*) FROM post_categories WHERE category_id IN (SELECT value FROM json_each($ids)) GROUP BY category_id", ("$ids", ids)).ExecuteReader())
            while (reader.Read()) counts[reader.GetInt64(0)] = reader.GetInt32(1);

        var authors = new Dictionary<long, List<string>>();
        var postIds = "[" + string.Join(",", pages.SelectMany(p => p).Select(p => p.Id).Distinct()) + "]";
        using (var reader = Command("SELECT b.post_id, a.name FROM bylines b JOIN authors a ON a.id = b.author_id WHERE b.post_id IN (SELECT value FROM json_each($ids)) ORDER BY b.post_id, b.position", ("$ids", postIds)).ExecuteReader())
        {
            while (reader.Read())
            {
                if (!authors.TryGetValue(reader.GetInt64(0), out var names)) authors[reader.GetInt64(0)] = names = [];
                names.Add(reader.GetString(1));
            }
        }

        json.WriteStartObject(); json.WriteStartObject("data"); json.WriteStartObject("categories"); json.WriteStartArray("nodes");
        for (var i = 0; i < categories.Count; i++)
        {
            json.WriteStartObject();
            json.WriteString("name", categories[i].Name);
            json.WriteStartObject("posts");
            json.WriteNumber("totalCount", counts.GetValueOrDefault(categories[i].Id));
            json.WriteStartArray("nodes");
            foreach (var (id, title) in pages[i])
            {
                json.WriteStartObject(); json.WriteString("title", title); json.WriteStartArray("authors");
                foreach (var name in authors.GetValueOrDefault(id) ?? []) { json.WriteStartObject(); json.WriteString("name", name); json.WriteEndObject(); }
                json.WriteEndArray(); json.WriteEndObject();
            }

            json.WriteEndArray(); json.WriteEndObject(); json.WriteEndObject();
        }

        json.WriteEndArray(); json.WriteEndObject(); json.WriteEndObject(); json.WriteEndObject();
    }

    private SqliteCommand Command(string sql, params (string Name, object Value)[] parameters)
    {
        if (!_prepared.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            _prepared[sql] = command;
        }

        command.Parameters.Clear();
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        return command;
    }
}
