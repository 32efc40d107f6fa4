using System.Data.Common;
using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;
using NpgsqlTypes;

namespace PostCatalog.Floor.Providers;

/// <summary>
/// A PostgreSQL catalog: the stored weighted tsvector <c>post_search.document</c> under its GIN index, ranked by
/// <c>ts_rank_cd</c> and highlighted by <c>ts_headline</c> in the <c>catalog_search</c> configuration, as our index does.
/// </summary>
public sealed partial class PostgresProvider(string connectionString) : FloorProvider
{
    private readonly NpgsqlDataSource _dataSource = NpgsqlDataSource.Create(connectionString);

    /// <summary>EF Core's Npgsql provider quotes an identifier only when it must (capitals): <c>"p"."id"</c> is <c>p.id</c>, <c>"Count"</c> stays.</summary>
    protected override string Spell(string sql) => LowercaseIdentifier().Replace(sql, "$1");

    [GeneratedRegex("\"([a-z_][a-z0-9_]*)\"")]
    private static partial Regex LowercaseIdentifier();

    public override DbConnection Open() => _dataSource.OpenConnection();

    public override DbParameter Parameter(string name, ParameterKind kind) => new NpgsqlParameter(name, kind switch
    {
        ParameterKind.Int => NpgsqlDbType.Integer,
        ParameterKind.Text => NpgsqlDbType.Text,
        ParameterKind.Date => NpgsqlDbType.Date,
        _ => NpgsqlDbType.Array | NpgsqlDbType.Integer,
    });

    public override object Ids(IReadOnlyList<int> ids) => ids as int[] ?? [.. ids];

    public override string Date(DbDataReader reader, int ordinal) =>
        reader.GetFieldValue<DateOnly>(ordinal).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public override string InIds(string column) => $"{column} = ANY (@ids)";

    public override string DescNullsLast => "DESC NULLS LAST";

    public override string CountInt => "count(*)::int";

    public override string Year(string column) => $"date_part('year', {column})::int";

    /// <summary>Every word a quoted lexeme, ANDed: <c>('spotify') &amp; ('data')</c>.</summary>
    public override string MatchExpression(IReadOnlyList<string> words) =>
        string.Join(" & ", words.Select(w => "('" + w.Replace("'", "''").Replace("\\", "\\\\") + "')"));

    // ts_rank_cd's weights are D, C, B, A (excerpt, authors, categories, title): the default 1, 4, 4, 10 scaled by the largest.
    public override string RankedSql => """
        SELECT s.post_id AS "PostId", -(ts_rank_cd(ARRAY[0.1, 0.4, 0.4, 1]::float4[], s.document, q.query)::float8) AS "Rank"
        FROM post_search s, to_tsquery('catalog_search', @match) AS q (query) WHERE s.document @@ q.query
        """;

    // The terms ORed for the highlights, as our index does: an excerpt holding one term still gets its fragment.
    public override string HighlightsSql => $"""
        SELECT p.id,
               ts_headline('catalog_search', p.title, q.query, 'StartSel={MarkOpen}, StopSel={MarkClose}, HighlightAll=true'),
               ts_headline('catalog_search', p.excerpt, q.query, 'StartSel={MarkOpen}, StopSel={MarkClose}, MaxFragments=1, MaxWords=24, MinWords=12, ShortWord=0')
        FROM posts p, to_tsquery('catalog_search', replace(@match, ' & ', ' | ')) AS q (query) WHERE p.id = ANY (@ids)
        """;

    private const string MarkOpen = "\u0002", MarkClose = "\u0003";

    public override void Dispose() => _dataSource.Dispose();
}
