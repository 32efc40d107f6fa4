using System.Data.Common;

namespace PostCatalog.Catalog.Search;

/// <summary>
/// The one owner of the full-text index over posts, per provider: its table, the weights and their order
/// (title, categories, authors, excerpt), how it is rebuilt after a write, and how it is queried. The importer,
/// the generator and <c>searchPosts</c> ask it; none of them spells the index's SQL.
/// </summary>
public abstract class CatalogSearchIndex
{
    /// <summary>Markers put around a match in <see cref="HighlightsSql"/>'s columns; the API turns them into <c>&lt;mark&gt;</c>.</summary>
    public const char MatchOpen = '\u0002', MatchClose = '\u0003';

    public static CatalogSearchIndex For(CatalogProvider provider) =>
        provider == CatalogProvider.PostgreSQL ? PostgresSearchIndex.Instance : SqliteSearchIndex.Instance;

    /// <summary>Rewrites the index rows of the given posts (removed ones are dropped), or of every post when null.</summary>
    public abstract Task RebuildAsync(CatalogDbContext db, IReadOnlyList<int>? postIds, CancellationToken cancellationToken);

    /// <summary>The index's query text for terms the caller has already checked (letters, digits, marks, underscores).</summary>
    public abstract string MatchExpression(IReadOnlyList<SearchTerm> terms);

    /// <summary>
    /// <c>SELECT "PostId", "Rank"</c> of every post matching parameter <c>@match</c>; a lower rank is a better match,
    /// and the ranks of one query are comparable (the cursor keeps one).
    /// </summary>
    public abstract string RankedSql(SearchWeights weights);

    /// <summary>
    /// For the posts in parameter <c>@ids</c>: the post id, its title with every match marked, and an excerpt snippet of
    /// about <paramref name="snippetTokens"/> words with the matches marked (<see cref="MatchOpen"/>, <see cref="MatchClose"/>).
    /// </summary>
    public abstract string HighlightsSql(int snippetTokens);

    /// <summary>The query text as the <c>@match</c> parameter.</summary>
    public abstract DbParameter MatchParameter(string matchExpression);

    /// <summary>The post ids as the <c>@ids</c> parameter.</summary>
    public abstract DbParameter IdsParameter(IReadOnlyList<int> ids);
}

/// <summary>One thing a user searches for: a word, a phrase (several words in a row) or a prefix (<c>experim*</c>).</summary>
public sealed record SearchTerm(IReadOnlyList<string> Words, bool IsPrefix);

/// <summary>How much a match in each part of a post counts; only the ratios matter.</summary>
public sealed record SearchWeights(double Title, double Categories, double Authors, double Excerpt);
