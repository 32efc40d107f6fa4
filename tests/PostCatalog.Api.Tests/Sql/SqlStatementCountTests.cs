using System.Text;
using System.Text.RegularExpressions;
using PostCatalog.Api.Tests.Infrastructure;
using Snapshooter.Xunit;

namespace PostCatalog.Api.Tests.Sql;

/// <summary>
/// How many SQL statements one GraphQL request costs. Nested fields are batched per level by the DataLoader, so a
/// page of posts with their categories, tags, authors and bylines costs the same few statements for 5 posts or 36,
/// never one per post; and a page deep in the catalog costs what the first one does.
/// </summary>
[Collection(SqlStatementCountCollection.Name)]
public sealed class SqlStatementCountTests : IClassFixture<UncappedCostCatalogApiFactory>, IDisposable
{
    private const string PageOfPosts = """
        query($size: Int, $after: String) {
          posts(first: $size, after: $after, order: [{ publishedAt: DESC }]) {
            nodes { title categories { name } tags { name } authors { name } bylines { role author { slug } } }
            pageInfo { hasNextPage endCursor }
          }
        }
        """;

    private readonly HttpClient _client;
    private readonly SqlCommandLog _sql;

    private readonly PostCatalog.Catalog.CatalogProvider _provider;

    public SqlStatementCountTests(UncappedCostCatalogApiFactory api)
    {
        _provider = api.Provider;
        _client = api.CreateClient(); // starts the host and imports the seeds before counting begins
        _sql = new SqlCommandLog(api.CatalogKey);
    }

    public void Dispose() => _sql.Dispose();

    [Fact]
    public async Task A_page_of_posts_with_nested_lists_costs_the_same_statements_at_any_page_size()
    {
        var counts = new Dictionary<int, int>();
        foreach (var size in new[] { 5, 10, 50 })
        {
            _sql.Clear();
            var response = await _client.PostGraphQLAsync(PageOfPosts, new { size });
            Assert.Equal(Math.Min(size, 36), response.DataWithoutErrors()["posts"]!["nodes"]!.AsArray().Count);
            counts[size] = _sql.Commands.Count;
        }

        // One page query, then one query per nested list field for the whole page: categories, tags, bylines
        // (authors and bylines share one loader). 36 posts at size 50: per-post loading would be 100+ statements.
        Assert.Equal([4, 4, 4], counts.Values);
    }

    [Fact]
    public async Task Every_page_after_the_first_costs_the_same_statements_however_deep()
    {
        var counts = new List<int>();
        string? after = null;
        do
        {
            _sql.Clear();
            var response = await _client.PostGraphQLAsync(PageOfPosts, new { size = 5, after });
            counts.Add(_sql.Commands.Count);
            var info = response.DataWithoutErrors()["posts"]!["pageInfo"]!;
            after = info["hasNextPage"]!.GetValue<bool>() ? info["endCursor"]!.GetValue<string>() : null;
        } while (after is not null);

        // The seek keeps a page the same at every depth, and hasPreviousPage is not selected, so no EXISTS runs for it.
        // The seeds' one undated post sorts last and is read by a seek of its own (NULL is no range): the two pages
        // that reach it (posts 31-36 asked for, and the last) send that one statement more.
        Assert.Equal(8, counts.Count);
        Assert.All(counts.Take(6), count => Assert.Equal(4, count));
        Assert.All(counts.Skip(6), count => Assert.Equal(5, count));
    }

    [Theory]
    [InlineData("{ categories(first: $size) { nodes { name postCount } } }", 2)]
    [InlineData("{ authors(first: $size) { nodes { name postCount bylines { role post { title } } } } }", 4)]
    [InlineData("{ tags(first: $size) { totalCount nodes { name postCount } } }", 3)]
    public async Task Vocabulary_pages_with_counts_cost_a_fixed_number_of_statements(string selection, int expected)
    {
        var counts = new List<int>();
        foreach (var size in new[] { 2, 18 })
        {
            _sql.Clear();
            var response = await _client.PostGraphQLAsync($"query($size: Int) {selection}", new { size });
            response.DataWithoutErrors();
            counts.Add(_sql.Commands.Count);
        }

        Assert.Equal([expected, expected], counts);
    }

    [Theory]
    [InlineData("posts(first: 3) { totalCount nodes { title authors { name } } }", 4)]
    [InlineData("posts(first: 3, where: { publishedAt: { gte: \"2021-01-01\" } }) { totalCount nodes { title authors { name } } }", 4)]
    [InlineData("posts(last: 2, order: [{ title: ASC }]) { totalCount nodes { title } pageInfo { hasPreviousPage } }", 3)]
    public async Task Nested_post_connections_under_a_list_cost_the_same_statements_for_2_or_18_parents(string connection, int expected)
    {
        var counts = new List<int>();
        foreach (var size in new[] { 2, 18 })
        {
            _sql.Clear();
            var response = await _client.PostGraphQLAsync(
                "query($size: Int) { categories(first: $size) { nodes { name " + connection + " } } }", new { size });
            response.DataWithoutErrors();
            counts.Add(_sql.Commands.Count);
        }

        // The categories page, every category's page of posts (one UNION ALL), every totalCount (one GROUP BY, or one
        // UNION ALL of counts under a where), the authors of every post on every page (one IN list).
        Assert.Equal([expected, expected], counts);
    }

    [Theory]
    [InlineData("{ category(slug: \"data-science\") { posts(first: 5) { nodes { title } } } }")]
    [InlineData("{ categories(first: 3) { nodes { posts(first: 5) { nodes { title } } } } }")]
    [InlineData("{ author(slug: \"marten-schultzberg\") { posts(first: 5) { nodes { title } } } }")]
    public async Task A_nested_page_reads_only_the_columns_its_selection_needs(string query)
    {
        _sql.Clear();
        (await _client.PostGraphQLAsync(query)).DataWithoutErrors();

        // The posts statement reads the title and the keys (published_at, id), never the excerpt's text. (SQLite's
        // SQL quotes every identifier, PostgreSQL's only the mixed-case ones: match the words.)
        var page = Assert.Single(_sql.Commands, c => Regex.IsMatch(c, @"FROM ""?posts""?\s"));
        Assert.Matches(@"\btitle\b", page);
        Assert.DoesNotMatch(@"\bexcerpt\b", page);
    }

    [Fact]
    public async Task The_sql_of_a_representative_page_query_is_kept_for_readers()
    {
        _sql.Clear();
        var response = await _client.PostGraphQLAsync("""
            {
              posts(first: 10, where: { categories: { some: { slug: { eq: "data-science" } } } }, order: [{ publishedAt: DESC }]) {
                totalCount
                nodes { title publishedAt categories { name } authors { name } }
                pageInfo { hasNextPage endCursor }
              }
            }
            """);
        response.DataWithoutErrors();

        // The SQL text is each provider's own: one snapshot per provider.
        Snapshot.Match(Describe(_sql.Commands, _provider), _provider == PostCatalog.Catalog.CatalogProvider.PostgreSQL
            ? "representative-page-query-postgresql" : "representative-page-query");
    }

    /// <summary>The statements as a reader would want them: grouped by what they load, in a stable order.</summary>
    private static string Describe(IReadOnlyList<string> commands, PostCatalog.Catalog.CatalogProvider provider)
    {
        var text = new StringBuilder();
        text.AppendLine($"-- {commands.Count} statements for one page of 10 posts in \"Data Science\" with totalCount, categories and authors.");
        text.AppendLine($"-- Sent by EF Core to {(provider == PostCatalog.Catalog.CatalogProvider.PostgreSQL ? "PostgreSQL" : "SQLite")}; nested lists are one statement per field for the whole page (DataLoader).");
        var ordered = commands.OrderBy(Rank).ThenBy(c => c, StringComparer.Ordinal).ToArray();
        for (var i = 0; i < ordered.Length; i++)
        {
            text.AppendLine().AppendLine($"-- {i + 1}. {Purpose(ordered[i])}");
            text.AppendLine(ordered[i].Trim().Replace("\r\n", "\n") + ";");
        }
        return text.ToString();
    }

    private static int Rank(string sql) => Purpose(sql) switch
    {
        "the page" => 0,
        "totalCount" => 2,
        var purpose when purpose.StartsWith("the categories the relation filter", StringComparison.Ordinal) => 1,
        _ => 3,
    };

    /// <summary>What a statement loads, from the first table it reads.</summary>
    private static string Purpose(string sql)
    {
        if (sql.StartsWith("SELECT COUNT(*)", StringComparison.OrdinalIgnoreCase)) return "totalCount";
        return Regex.Match(sql, "FROM \"?(\\w+)\"?").Groups[1].Value switch
        {
            "posts" => "the page",
            "post_categories" => "categories of every post on the page",
            "post_tags" => "tags of every post on the page",
            "bylines" => "bylines and authors of every post on the page",
            "categories" => "the categories the relation filter matches (totalCount then counts their link rows)",
            var table => "from " + table,
        };
    }
}
