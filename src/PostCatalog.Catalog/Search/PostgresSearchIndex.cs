using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace PostCatalog.Catalog.Search;

/// <summary>
/// PostgreSQL: the table <c>post_search</c> (migration 2), one stored weighted <c>tsvector</c> per post under a GIN
/// index, in the text search configuration <c>catalog_search</c> (simple + unaccent: no stemming, case and accents
/// folded, as FTS5's unicode61). Weight classes: title A, categories B, authors C, excerpt D. Ranked by
/// <c>ts_rank_cd</c> (negated, so lower is better as with bm25); highlights by <c>ts_headline</c>.
/// </summary>
public sealed class PostgresSearchIndex : CatalogSearchIndex
{
    public static PostgresSearchIndex Instance { get; } = new();

    public const string Configuration = "catalog_search";

    /// <summary>The weighted document of the post aliased <c>p</c>: the one definition the rebuild uses.</summary>
    private const string Document = """
        setweight(to_tsvector('catalog_search', p.title), 'A')
        || setweight(to_tsvector('catalog_search', COALESCE((SELECT string_agg(c.name, ' ' ORDER BY c.id) FROM post_categories pc JOIN categories c ON c.id = pc.category_id WHERE pc.post_id = p.id), '')), 'B')
        || setweight(to_tsvector('catalog_search', COALESCE((SELECT string_agg(a.name, ' ' ORDER BY b.position) FROM bylines b JOIN authors a ON a.id = b.author_id WHERE b.post_id = p.id), '')), 'C')
        || setweight(to_tsvector('catalog_search', COALESCE(p.excerpt, '')), 'D')
        """;

    private const string Rows = "INSERT INTO post_search (post_id, document) SELECT p.id, " + Document + " FROM posts p";

    public override async Task RebuildAsync(CatalogDbContext db, IReadOnlyList<int>? postIds, CancellationToken cancellationToken)
    {
        if (postIds is null)
        {
            await db.Database.ExecuteSqlRawAsync("DELETE FROM post_search", cancellationToken);
            await db.Database.ExecuteSqlRawAsync(Rows, cancellationToken);
            return;
        }

        var ids = postIds.ToArray();
        await db.Database.ExecuteSqlRawAsync("DELETE FROM post_search WHERE post_id = ANY ({0})", [ids], cancellationToken);
        await db.Database.ExecuteSqlRawAsync(Rows + " WHERE p.id = ANY ({0})", [ids], cancellationToken);
    }

    /// <summary>
    /// Builds the whole index in one statement (the generator, after its rows are copied in): the same document as
    /// <see cref="Document"/>, with the names aggregated once per table and hash-joined rather than looked up per post.
    /// </summary>
    public static string RebuildAllSql => """
        INSERT INTO post_search (post_id, document)
        SELECT p.id,
               setweight(to_tsvector('catalog_search', p.title), 'A')
               || setweight(to_tsvector('catalog_search', COALESCE(c.names, '')), 'B')
               || setweight(to_tsvector('catalog_search', COALESCE(a.names, '')), 'C')
               || setweight(to_tsvector('catalog_search', COALESCE(p.excerpt, '')), 'D')
        FROM posts p
        LEFT JOIN (SELECT pc.post_id, string_agg(c.name, ' ' ORDER BY c.id) AS names
                   FROM post_categories pc JOIN categories c ON c.id = pc.category_id GROUP BY pc.post_id) c ON c.post_id = p.id
        LEFT JOIN (SELECT b.post_id, string_agg(a.name, ' ' ORDER BY b.position) AS names
                   FROM bylines b JOIN authors a ON a.id = b.author_id GROUP BY b.post_id) a ON a.post_id = p.id
        """;

    /// <summary>
    /// <c>to_tsquery</c> text: each word a quoted lexeme (the configuration folds it as it folded the documents), a
    /// phrase its words joined by <c>&lt;-&gt;</c>, a prefix <c>:*</c>, every term ANDed. Words hold only letters,
    /// digits, marks and underscores, and a quote is doubled, so no operator a user types runs.
    /// </summary>
    public override string MatchExpression(IReadOnlyList<SearchTerm> terms) =>
        string.Join(" & ", terms.Select(t =>
            "(" + string.Join(" <-> ", t.Words.Select(w => "'" + w.Replace("'", "''").Replace("\\", "\\\\") + "'")) + (t.IsPrefix ? ":*" : "") + ")"));

    /// <remarks>
    /// ts_rank_cd takes the weights of D, C, B, A, each at most 1 (an ARRAY[], not a '{...}' literal: EF reads braces as format items): the configured weights scaled by the largest,
    /// so only their ratios matter (as with bm25's). Formatted invariantly; the user's text is the @match parameter.
    /// </remarks>
    public override string RankedSql(SearchWeights weights)
    {
        var largest = new[] { weights.Title, weights.Categories, weights.Authors, weights.Excerpt }.Max();
        largest = largest > 0 ? largest : 1;
        var array = string.Join(", ", new[] { weights.Excerpt, weights.Authors, weights.Categories, weights.Title }
            .Select(w => Math.Clamp(w / largest, 0, 1).ToString("R", CultureInfo.InvariantCulture)));
        return $"""
            SELECT s.post_id AS "PostId", -(ts_rank_cd(ARRAY[{array}]::float4[], s.document, q.query)::float8) AS "Rank"
            FROM post_search s, to_tsquery('catalog_search', @match) AS q (query) WHERE s.document @@ q.query
            """;
    }

    /// <remarks>
    /// The highlight query ORs the terms (our own " &amp; " joins, see <see cref="MatchExpression"/>): FTS5 marks every
    /// term wherever it occurs, and an AND query would let ts_headline find no cover in an excerpt holding only one
    /// term, and fall back to its first words. Fragment mode picks the excerpt's stretch around the matches.
    /// </remarks>
    public override string HighlightsSql(int snippetTokens)
    {
        var most = Math.Clamp(snippetTokens, 2, 64);
        var options = $"StartSel={MatchOpen}, StopSel={MatchClose}";
        return $"""
            SELECT p.id,
                   ts_headline('catalog_search', p.title, q.query, '{options}, HighlightAll=true'),
                   ts_headline('catalog_search', p.excerpt, q.query, '{options}, MaxFragments=1, MaxWords={most}, MinWords={Math.Max(1, most / 2)}, ShortWord=0')
            FROM posts p, to_tsquery('catalog_search', replace(@match, ' & ', ' | ')) AS q (query) WHERE p.id = ANY (@ids)
            """;
    }

    public override DbParameter MatchParameter(string matchExpression) => new NpgsqlParameter("@match", NpgsqlDbType.Text) { Value = matchExpression };

    public override DbParameter IdsParameter(IReadOnlyList<int> ids) => new NpgsqlParameter("@ids", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = ids.ToArray() };
}
