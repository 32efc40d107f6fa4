using System.Text;
using Microsoft.EntityFrameworkCore;
using PostCatalog.Api.Schema.Data;
using PostCatalog.Catalog;
using PostCatalog.Catalog.Search;
using PostCatalog.GraphQL.Data.Filtering;

namespace PostCatalog.Api.Schema.Search;

/// <summary>
/// Runs one <c>searchPosts</c> page against the provider's full-text index (<see cref="CatalogSearchIndex"/>: FTS5
/// on SQLite, a weighted tsvector on PostgreSQL) in three statements: the ranked page (keyset on rank then id, the
/// <c>where</c> filter as an id restriction), the page's posts, and the page's highlights (computed for the page's
/// rows only).
/// </summary>
public sealed class PostSearch(SearchOptions options)
{
    private const char Open = CatalogSearchIndex.MatchOpen, Close = CatalogSearchIndex.MatchClose;

    private SearchWeights Weights => new(options.TitleWeight, options.CategoriesWeight, options.AuthorsWeight, options.ExcerptWeight);

    /// <summary>The ranked matches, optionally restricted to posts matching <paramref name="where"/>; composable LINQ.</summary>
    public IQueryable<RankedPost> Matches(CatalogDbContext db, IReadOnlyList<SearchTerm> terms, IReadOnlyDictionary<string, object?>? where)
    {
        var index = CatalogSearchIndex.For(db.Provider);
        // The index's SQL holds only numbers formatted invariantly; the user's words are the @match parameter.
#pragma warning disable EF1002
        var matches = db.Database.SqlQueryRaw<RankedPost>(index.RankedSql(Weights), index.MatchParameter(index.MatchExpression(terms)));
#pragma warning restore EF1002

        if (where is not null)
        {
            var ids = FilterExpressionBuilder.Apply(db.Posts, CatalogFilters.Post, where).Select(p => p.Id);
            matches = matches.Where(m => ids.Contains(m.PostId));
        }
        return matches;
    }

    /// <summary>Up to <paramref name="first"/> hits after <paramref name="after"/>, best first, and whether more follow.</summary>
    public async Task<(IReadOnlyList<SearchHit> Hits, bool HasNextPage)> PageAsync(CatalogDbContext db, IReadOnlyList<SearchTerm> terms,
        IReadOnlyDictionary<string, object?>? where, int first, SearchCursor? after, CancellationToken cancellationToken)
    {
        var query = Matches(db, terms, where);
        if (after is { } cursor)
            query = query.Where(m => m.Rank > cursor.Rank || (m.Rank == cursor.Rank && m.PostId > cursor.PostId));
        var ranked = await query.OrderBy(m => m.Rank).ThenBy(m => m.PostId).Take(first + 1).ToListAsync(cancellationToken);

        var page = ranked.Take(first).ToList();
        if (page.Count == 0) return ([], false);

        var ids = page.Select(r => r.PostId).ToList();
        var posts = await db.Posts.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var highlights = await HighlightsAsync(db, terms, ids, cancellationToken);

        var hits = page.Where(r => posts.ContainsKey(r.PostId)).Select(r =>
        {
            var (title, excerpt) = highlights.GetValueOrDefault(r.PostId);
            return new SearchHit(posts[r.PostId], r.Rank, title, excerpt);
        }).ToList();
        return (hits, ranked.Count > first);
    }

    private async Task<Dictionary<int, (string?, string?)>> HighlightsAsync(CatalogDbContext db, IReadOnlyList<SearchTerm> terms,
        IReadOnlyList<int> ids, CancellationToken cancellationToken)
    {
        var index = CatalogSearchIndex.For(db.Provider);
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = index.HighlightsSql(options.SnippetTokens);
        command.Parameters.Add(index.MatchParameter(index.MatchExpression(terms)));
        command.Parameters.Add(index.IdsParameter(ids));

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
}

/// <summary>A row of the ranked match query: the post id and its rank (lower is better: bm25, or negated ts_rank_cd).</summary>
public sealed class RankedPost
{
    public int PostId { get; set; }
    public double Rank { get; set; }
}
