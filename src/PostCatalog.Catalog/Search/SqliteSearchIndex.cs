using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace PostCatalog.Catalog.Search;

/// <summary>
/// SQLite: the FTS5 table <c>post_search</c> (migration 2), one row per post with rowid = post id, columns title,
/// excerpt, categories, authors (the space-joined names); ranked by <c>bm25</c> with the weights in that column order.
/// </summary>
public sealed class SqliteSearchIndex : CatalogSearchIndex
{
    public static SqliteSearchIndex Instance { get; } = new();

    public const string Table = "post_search";

    /// <summary>The columns a generator writes directly, in order: the post id, then the text of each part.</summary>
    public static readonly string[] Columns = ["rowid", "title", "excerpt", "categories", "authors"];

    private const string Rows = """
        INSERT INTO post_search (rowid, title, excerpt, categories, authors)
        SELECT p.id, p.title, COALESCE(p.excerpt, ''),
               COALESCE((SELECT group_concat(c.name, ' ') FROM post_categories pc JOIN categories c ON c.id = pc.category_id WHERE pc.post_id = p.id), ''),
               COALESCE((SELECT group_concat(a.name, ' ') FROM bylines b JOIN authors a ON a.id = b.author_id WHERE b.post_id = p.id), '')
        FROM posts p
        """;

    public override async Task RebuildAsync(CatalogDbContext db, IReadOnlyList<int>? postIds, CancellationToken cancellationToken)
    {
        if (postIds is null)
        {
            await db.Database.ExecuteSqlRawAsync("DELETE FROM post_search", cancellationToken);
            await db.Database.ExecuteSqlRawAsync(Rows, cancellationToken);
            return;
        }

        // One json_each parameter, whatever the number of posts (SQLite's variable limit).
        var ids = JsonSerializer.Serialize(postIds);
        await db.Database.ExecuteSqlRawAsync("DELETE FROM post_search WHERE rowid IN (SELECT value FROM json_each({0}))", [ids], cancellationToken);
        await db.Database.ExecuteSqlRawAsync(Rows + " WHERE p.id IN (SELECT value FROM json_each({0}))", [ids], cancellationToken);
    }

    /// <summary>Every word a quoted FTS5 string (so no FTS5 operator typed by a user runs), a prefix with <c>*</c>, implicit AND.</summary>
    public override string MatchExpression(IReadOnlyList<SearchTerm> terms) =>
        string.Join(' ', terms.Select(t => "\"" + string.Join(' ', t.Words).Replace("\"", "\"\"") + "\"" + (t.IsPrefix ? "*" : "")));

    /// <remarks>
    /// Only numbers formatted invariantly go into the SQL text; the user's text is the @match parameter.
    /// "+rowid": the unary plus keeps SQLite from handing a filter's id list to FTS5 as rowid constraints, which would
    /// re-run the MATCH once per filtered post (minutes at 1,000,000 posts); one MATCH scan is milliseconds.
    /// </remarks>
    public override string RankedSql(SearchWeights weights)
    {
        var columns = string.Join(", ", new[] { weights.Title, weights.Excerpt, weights.Categories, weights.Authors }
            .Select(w => w.ToString("R", CultureInfo.InvariantCulture)));
        return $"SELECT +rowid AS \"PostId\", bm25(post_search, {columns}) AS \"Rank\" FROM post_search WHERE post_search MATCH @match";
    }

    public override string HighlightsSql(int snippetTokens) => $"""
        SELECT rowid,
               highlight(post_search, 0, char(2), char(3)),
               snippet(post_search, 1, char(2), char(3), '…', {Math.Clamp(snippetTokens, 1, 64)})
        FROM post_search WHERE post_search MATCH @match AND rowid IN (SELECT value FROM json_each(@ids))
        """;

    public override DbParameter MatchParameter(string matchExpression) => new SqliteParameter("@match", matchExpression);

    public override DbParameter IdsParameter(IReadOnlyList<int> ids) => new SqliteParameter("@ids", JsonSerializer.Serialize(ids));
}
