using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PostCatalog.Api.Schema.Data;
using PostCatalog.Catalog;
using PostCatalog.GraphQL.Data.Filtering;

namespace PostCatalog.Api.Schema.Search;

/// <summary>
/// Runs one <c>searchPosts</c> page against the FTS5 table <c>post_search</c> (rowid = post id) in three statements:
/// the ranked page (bm25, keyset on rank then id, the <c>where</c> filter as an id restriction), the page's posts,
/// and the page's highlights (FTS5 <c>highlight()</c>/<c>snippet()</c>, computed for the page's rows only).
/// </summary>
public sealed class PostSearch(SearchOptions options)
{
    // Markers FTS5 puts around matches; the text is HTML-escaped afterwards and they become <mark> tags.
    private const char Open = '\u0002', Close = '\u0003';

    /// <summary>The ranked matches, optionally restricted to posts matching <paramref name="where"/>; composable LINQ.</summary>
    public IQueryable<RankedPost> Matches(CatalogDbContext db, string matchExpression, IReadOnlyDictionary<string, object?>? where)
    {
        // Weights follow the column order of post_search: title, excerpt, categories, authors.
        var weights = string.Join(", ", new[] { options.TitleWeight, options.ExcerptWeight, options.CategoriesWeight, options.AuthorsWeight }
            .Select(w => w.ToString("R", CultureInfo.InvariantCulture)));
        // Only numbers formatted invariantly go into the SQL text; the user's text is the @match parameter.
        // "+rowid": the unary plus keeps SQLite from handing the filter's id list to FTS5 as rowid constraints, which
        // would re-run the MATCH once per filtered post (minutes at 1,000,000 posts); one MATCH scan is milliseconds.
#pragma warning disable EF1002
        var matches = db.Database.SqlQueryRaw<RankedPost>(
            $"SELECT +rowid AS \"PostId\", bm25(post_search, {weights}) AS \"Rank\" FROM post_search WHERE post_search MATCH @match",
            new SqliteParameter("@match", matchExpression));
#pragma warning restore EF1002

        if (where is not null)
        {
            var ids = FilterExpressionBuilder.Apply(db.Posts, CatalogFilters.Post, where).Select(p => p.Id);
            matches = matches.Where(m => ids.Contains(m.PostId));
        }
        return matches;
    }

    /// <summary>Up to <paramref name="first"/> hits after <paramref name="after"/>, best first, and whether more follow.</summary>
    public async Task<(IReadOnlyList<SearchHit> Hits, bool HasNextPage)> PageAsync(CatalogDbContext db, string matchExpression,
        IReadOnlyDictionary<string, object?>? where, int first, SearchCursor? after, CancellationToken cancellationToken)
    {
        var query = Matches(db, matchExpression, where);
        if (after is { } cursor)
            query = query.Where(m => m.Rank > cursor.Rank || (m.Rank == cursor.Rank && m.PostId > cursor.PostId));
        var ranked = await query.OrderBy(m => m.Rank).ThenBy(m => m.PostId).Take(first + 1).ToListAsync(cancellationToken);

        var page = ranked.Take(first).ToList();
        if (page.Count == 0) return ([], false);

        var ids = page.Select(r => r.PostId).ToList();
        var posts = await db.Posts.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var highlights = await HighlightsAsync(db, matchExpression, ids, cancellationToken);

        var hits = page.Where(r => posts.ContainsKey(r.PostId)).Select(r =>
        {
            var (title, excerpt) = highlights.GetValueOrDefault(r.PostId);
            return new SearchHit(posts[r.PostId], r.Rank, title, excerpt);
        }).ToList();
        return (hits, ranked.Count > first);
    }

    private async Task<Dictionary<int, (string?, string?)>> HighlightsAsync(CatalogDbContext db, string matchExpression,
        IReadOnlyList<int> ids, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var command = db.Database.GetDbConnection().CreateCommand();
        var idParameters = string.Join(", ", ids.Select((_, i) => "$id" + i));
        var tokens = Math.Clamp(options.SnippetTokens, 1, 64);
        command.CommandText = $"""
            SELECT rowid,
                   highlight(post_search, 0, char(2), char(3)),
                   snippet(post_search, 1, char(2), char(3), '…', {tokens})
            FROM post_search WHERE post_search MATCH $match AND rowid IN ({idParameters})
            """;
        Add(command, "$match", matchExpression);
        for (var i = 0; i < ids.Count; i++) Add(command, "$id" + i, ids[i]);

        var result = new Dictionary<int, (string?, string?)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            result[reader.GetInt32(0)] = (ToHtml(reader.IsDBNull(1) ? null : reader.GetString(1)), ToHtml(reader.IsDBNull(2) ? null : reader.GetString(2)));
        return result;
    }

    /// <summary>HTML-escapes the stored text (a title may hold "&lt;"), then turns the match markers into <c>&lt;mark&gt;</c> tags.</summary>
    internal static string? ToHtml(string? marked)
    {
        if (string.IsNullOrEmpty(marked)) return null;
        var html = new StringBuilder(marked.Length + 32);
        foreach (var c in marked)
        {
            html.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                Open => "<mark>",
                Close => "</mark>",
                _ => c.ToString(),
            });
        }
        return html.ToString();
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}

/// <summary>A row of the ranked match query: the post id (FTS5 rowid) and its bm25 rank.</summary>
public sealed class RankedPost
{
    public int PostId { get; set; }
    public double Rank { get; set; }
}
