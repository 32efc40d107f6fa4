using System.Text;
using System.Text.Json;

namespace PostCatalog.Floor.Operations;

/// <summary>operations/search.graphql: FTS5 bm25 ranking, the hits' posts, then highlight()/snippet() for the page only.</summary>
public static class Search
{
    private const string RankSql = """
        SELECT "p"."PostId", "p"."Rank"
        FROM (
            SELECT rowid AS "PostId", bm25(post_search, 10, 1, 4, 4) AS "Rank" FROM post_search WHERE post_search MATCH @match
        ) AS "p"
        ORDER BY "p"."Rank", "p"."PostId"
        LIMIT @p1
        """;
    private const int PageSize = 20;

    public static void Write(Utf8JsonWriter json, SqliteSessions.Session session, JsonElement variables)
    {
        var match = MatchExpression(variables.GetProperty("query").GetString() ?? "");
        var rank = session.Command(RankSql);
        rank.Parameters.AddWithValue("@match", match);
        rank.Parameters.AddWithValue("@p1", PageSize + 1);
        var hits = new List<(long Id, double Rank)>();
        using (var reader = rank.ExecuteReader())
            while (reader.Read() && hits.Count < PageSize) hits.Add((reader.GetInt64(0), reader.GetDouble(1)));

        var ids = hits.ConvertAll(h => h.Id);
        var posts = new Dictionary<long, PostRow>();
        var highlights = new Dictionary<long, (string? Title, string? Excerpt)>();
        if (ids.Count > 0)
        {
            var postCommand = session.Command($"""SELECT {PostRow.Columns} FROM "posts" AS "p" WHERE "p"."id" IN {FloorJson.InList(ids.Count)}""");
            FloorJson.AddIds(postCommand, ids);
            foreach (var post in PostRow.ReadAll(postCommand)) posts[post.Id] = post;

            var highlight = session.Command($"""
                SELECT rowid,
                       highlight(post_search, 0, char(2), char(3)),
                       snippet(post_search, 1, char(2), char(3), '…', 24)
                FROM post_search WHERE post_search MATCH $match AND rowid IN {FloorJson.InList(ids.Count)}
                """);
            highlight.Parameters.AddWithValue("$match", match);
            FloorJson.AddIds(highlight, ids);
            using var reader = highlight.ExecuteReader();
            while (reader.Read())
                highlights[reader.GetInt64(0)] = (ToHtml(reader.IsDBNull(1) ? null : reader.GetString(1)), ToHtml(reader.IsDBNull(2) ? null : reader.GetString(2)));
        }

        json.WriteStartObject();
        json.WriteStartObject("data"u8);
        json.WriteStartObject("searchPosts"u8);
        json.WriteStartArray("nodes"u8);
        foreach (var (id, score) in hits)
        {
            if (!posts.TryGetValue(id, out var post)) continue;
            var (title, excerpt) = highlights.GetValueOrDefault(id);
            json.WriteStartObject();
            json.WriteNumber("score"u8, -score);
            json.WriteString("titleHighlight"u8, title);
            json.WriteString("excerptHighlight"u8, excerpt);
            json.WriteStartObject("post"u8);
            FloorJson.WriteId(json, "Post", post.Id);
            json.WriteString("title"u8, post.Title);
            json.WriteString("slug"u8, post.Slug);
            json.WriteString("publishedAt"u8, post.PublishedAt);
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>Every word quoted, all must match: <c>spotify data</c> becomes <c>"spotify" "data"</c>.</summary>
    private static string MatchExpression(string query) => string.Join(' ',
        query.Split((char[])[' ', '\t', '\n', ',', '.', ';', ':', '!', '?', '(', ')', '"'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => "\"" + w + "\""));

    private static string? ToHtml(string? marked)
    {
        if (string.IsNullOrEmpty(marked)) return null;
        var html = new StringBuilder(marked.Length + 32);
        foreach (var c in marked)
        {
            switch (c)
            {
                case '&': html.Append("&amp;"); break;
                case '<': html.Append("&lt;"); break;
                case '>': html.Append("&gt;"); break;
                case '"': html.Append("&quot;"); break;
                case '\u0002': html.Append("<mark>"); break;
                case '\u0003': html.Append("</mark>"); break;
                default: html.Append(c); break;
            }
        }
        return html.ToString();
    }
}
