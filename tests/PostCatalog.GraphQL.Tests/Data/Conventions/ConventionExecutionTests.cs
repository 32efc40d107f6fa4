using System.Text.Json;
using PostCatalog.GraphQL.Data.Paging;
using PostCatalog.GraphQL.Execution;
using PostCatalog.GraphQL.Tests.Data.Fixtures;

namespace PostCatalog.GraphQL.Tests.Data.Conventions;

/// <summary>Whole requests through the executor: what a client sends, what it gets back.</summary>
public sealed class ConventionExecutionTests : IDisposable
{
    private readonly BlogDatabase _database = GeneratedArticles.CreateDatabase(37);

    private JsonElement Execute(string query, PagingOptions? options = null)
    {
        var executor = new RequestExecutor(ArticleSchema.Create(_database, options));
        var result = executor.ExecuteAsync(query).GetAwaiter().GetResult();
        return JsonDocument.Parse(result.ToJson()).RootElement.Clone();
    }

    private static int[] Ids(JsonElement articles) =>
        articles.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetInt32()).ToArray();

    [Fact]
    public void Where_order_and_first_compose_in_one_field()
    {
        var result = Execute("""
            { articles(first: 3, where: { rating: { gte: 2 } }, order: [{ rating: DESC }, { title: ASC }]) {
                nodes { id title } totalCount pageInfo { hasNextPage hasPreviousPage } } }
            """);

        var articles = result.GetProperty("data").GetProperty("articles");
        using var context = _database.CreateContext();
        var expected = context.Articles.Where(a => a.Rating >= 2).AsEnumerable()
            .OrderByDescending(a => a.Rating).ThenBy(a => a.Title, StringComparer.Ordinal).ThenBy(a => a.Id)
            .Select(a => a.Id).ToArray();
        Assert.Equal(expected[..3], Ids(articles));
        Assert.Equal(expected.Length, articles.GetProperty("totalCount").GetInt32());
        Assert.True(articles.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.False(articles.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
    }

    [Fact]
    public void The_end_cursor_of_one_page_continues_on_the_next()
    {
        var first = Execute("{ articles(first: 5, order: [{ subtitle: DESC }]) { pageInfo { endCursor } nodes { id } } }")
            .GetProperty("data").GetProperty("articles");
        var cursor = first.GetProperty("pageInfo").GetProperty("endCursor").GetString();

        var second = Execute($$"""{ articles(first: 5, after: "{{cursor}}", order: [{ subtitle: DESC }]) { nodes { id } edges { cursor node { id } } } }""")
            .GetProperty("data").GetProperty("articles");

        var both = Execute("{ articles(first: 10, order: [{ subtitle: DESC }]) { nodes { id } } }").GetProperty("data").GetProperty("articles");
        Assert.Equal(Ids(both), Ids(first).Concat(Ids(second)));
        Assert.Equal(Ids(second), second.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetInt32()));
    }

    [Fact]
    public void Too_many_items_is_a_field_error_with_HotChocolate_extensions()
    {
        var result = Execute("{ articles(first: 51) { nodes { id } } }");

        var error = result.GetProperty("errors")[0];
        Assert.Equal("The maximum allowed items per page were exceeded.", error.GetProperty("message").GetString());
        Assert.Equal("""["articles"]""", error.GetProperty("path").GetRawText());
        Assert.Equal("""{"code":"HC0051","coordinate":"Query.articles","requestedItems":51,"maxAllowedItems":50}""",
            error.GetProperty("extensions").GetRawText());
        Assert.Equal(JsonValueKind.Null, result.GetProperty("data").GetProperty("articles").ValueKind);
    }

    [Fact]
    public void A_bad_cursor_is_HC0078()
    {
        var error = Execute("""{ articles(after: "nope") { nodes { id } } }""").GetProperty("errors")[0];

        Assert.Equal("""{"code":"HC0078","argument":"after","cursor":"nope"}""", error.GetProperty("extensions").GetRawText());
    }

    [Fact]
    public void A_null_filter_value_is_HC0026()
    {
        var error = Execute("""{ articles(where: { title: { contains: null } }) { nodes { id } } }""").GetProperty("errors")[0];

        Assert.Equal("The provided value for filter `contains` of type StringOperationFilterInput is invalid. Null values are not supported.",
            error.GetProperty("message").GetString());
        Assert.Equal("""{"code":"HC0026","expectedType":"String!","filterType":"StringOperationFilterInput"}""",
            error.GetProperty("extensions").GetRawText());
    }

    [Fact]
    public void Enum_filters_and_relation_filters_take_graphql_values()
    {
        var articles = Execute("""
            { articles(first: 50, where: { status: { in: [DRAFT, NOT_LISTED] }, writer: { name: { eq: "Ada" } } }) { nodes { id } } }
            """).GetProperty("data").GetProperty("articles");

        using var context = _database.CreateContext();
        var expected = context.Articles
            .Where(a => (a.Status == ArticleStatus.Draft || a.Status == ArticleStatus.NotListed) && a.Writer!.Name == "Ada")
            .OrderBy(a => a.Id).Select(a => a.Id).ToArray();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, Ids(articles));
    }

    [Fact]
    public void The_total_count_query_runs_only_when_selected()
    {
        _database.Log.Clear();
        Execute("{ articles(first: 2) { nodes { id } } }");
        Assert.DoesNotContain(_database.Log.Commands, sql => sql.Contains("COUNT(*)"));

        Execute("{ articles(first: 2) { totalCount } }");
        Assert.Contains(_database.Log.Commands, sql => sql.Contains("COUNT(*)"));
    }

    [Fact]
    public void Last_pages_backwards()
    {
        var articles = Execute("{ articles(last: 3) { nodes { id } pageInfo { hasNextPage hasPreviousPage } } }")
            .GetProperty("data").GetProperty("articles");

        Assert.Equal([35, 36, 37], Ids(articles));
        Assert.True(articles.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
    }

    public void Dispose() => _database.Dispose();
}
