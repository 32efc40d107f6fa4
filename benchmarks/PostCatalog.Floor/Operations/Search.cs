using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using PostCatalog.Floor.Providers;

namespace PostCatalog.Floor.Operations;

/// <summary>
/// operations/search.graphql: the provider's ranked matches (FTS5 bm25, or ts_rank_cd over the stored tsvector), the
/// hits' posts, then the highlights (highlight()/snippet(), or ts_headline) for the page only.
/// </summary>
public sealed partial class Search(FloorProvider provider)
{
    private const int PageSize = 20;

    private readonly Statement _ranked = provider.Statement($"""
        SELECT "p"."PostId", "p"."Rank"
        FROM (
            {provider.RankedSql}
        ) AS "p"
        ORDER BY "p"."Rank", "p"."PostId"
        LIMIT @p1
        """, ("@match", ParameterKind.Text), ("@p1", ParameterKind.Int));

    private readonly Statement _posts = provider.Statement($"""
        SELECT {PostColumns.Every.Sql}
        FROM "posts" AS "p"
        WHERE {provider.InIds("\"p\".\"id\"")}
        """, ("@ids", ParameterKind.Ids));

    private readonly Statement _highlights = provider.Statement(provider.HighlightsSql, ("@match", ParameterKind.Text), ("@ids", ParameterKind.Ids));

    public void Write(Utf8JsonWriter json, Session session, JsonElement variables)
    {
        var match = provider.MatchExpression(Words().Matches(variables.GetProperty("query").GetString() ?? "").Select(m => m.Value).ToList());
        var hits = new List<(int Id, double Rank)>();
        using (var reader = session.Read(_ranked, match, PageSize + 1))
            while (reader.Read() && hits.Count < PageSize) hits.Add((reader.GetInt32(0), reader.GetDouble(1)));

        var ids = hits.ConvertAll(h => h.Id);
        var posts = new Dictionary<int, PostRow>();
        var highlights = new Dictionary<int, (string? Title, string? Excerpt)>();
        if (ids.Count > 0)
        {
            foreach (var post in PostRow.ReadAll(session.Read(_posts, ids), PostColumns.Every, provider)) posts[post.Id] = post;
            using var reader = session.Read(_highlights, match, ids);
            while (reader.Read())
                highlights[reader.GetInt32(0)] = (ToHtml(reader.IsDBNull(1) ? null : reader.GetString(1)), ToHtml(reader.IsDBNull(2) ? null : reader.GetString(2)));
        }

        json.WriteStartObject();
        json.WriteStartObject("data"u8);
        json.WriteStartObject("searchPosts"u8);
        json.WriteStartArray("nodes"u8);
        foreach (var (id, rank) in hits)
        {
            if (!posts.TryGetValue(id, out var post)) continue;
            var (title, excerpt) = highlights.GetValueOrDefault(id);
            json.WriteStartObject();
            json.WriteNumber("score"u8, -rank);
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

    /// <summary>The words of the query as our search reads them: runs of letters, digits, marks and underscores.</summary>
    [GeneratedRegex(@"[\p{L}\p{N}\p{M}_]+")]
    private static partial Regex Words();

    /// <summary>HTML-escapes the stored text, then turns the index's match markers into <c>&lt;mark&gt;</c> tags.</summary>
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
