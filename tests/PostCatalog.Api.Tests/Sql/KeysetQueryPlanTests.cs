using PostCatalog.Api.Tests.Infrastructure;

namespace PostCatalog.Api.Tests.Sql;

/// <summary>
/// What SQLite does with the statements of a walk through the catalog's posts in every order the API offers: after a
/// cursor, each statement (the page, the undated posts' own seek, hasPreviousPage's existence check) searches an index
/// of posts from the cursor, and none sorts the table ("USE TEMP B-TREE FOR ORDER BY"). The plan does not depend on
/// the catalog's size, so the seeds show what 100,000 posts get.
/// </summary>
[Collection(SqlStatementCountCollection.Name)]
public sealed class KeysetQueryPlanTests(CatalogApiFactory api) : IClassFixture<CatalogApiFactory>
{
    [SqliteOnlyTheory("reads SQLite's EXPLAIN QUERY PLAN; Sql/PostgresQueryPlanTests checks the same shapes with PostgreSQL's EXPLAIN")]
    [InlineData("null")]
    [InlineData("[{ publishedAt: DESC }]")]
    [InlineData("[{ publishedAt: ASC }]")]
    [InlineData("[{ title: ASC }]")]
    [InlineData("[{ title: DESC }]")]
    [InlineData("[{ wordPressId: DESC }]")]
    [InlineData("[{ wordPressId: ASC }]")]
    [InlineData("[{ slug: ASC }]")]
    [InlineData("[{ slug: DESC }]")]
    public async Task Every_statement_of_a_walk_reads_an_index_from_the_cursor_and_sorts_nothing(string order)
    {
        var client = api.CreateClient();
        using var sql = new SqlCommandLog(api.CatalogKey);
        var walk = "query($after: String) { posts(first: 6, after: $after, order: " + order +
                   ") { nodes { title } pageInfo { hasPreviousPage hasNextPage endCursor } } }";

        string? after = null;
        do
        {
            var page = (await client.PostGraphQLAsync(walk, new { after })).DataWithoutErrors()["posts"]!["pageInfo"]!;
            after = page["hasNextPage"]!.GetValue<bool>() ? page["endCursor"]!.GetValue<string>() : null;
        } while (after is not null);

        Assert.All(sql.Commands, statement =>
        {
            var plan = QueryPlan.Explain(api.DatabasePath, statement);
            var why = $"{statement}\n-- plan:\n{string.Join("\n", plan)}";
            Assert.False(plan.Any(step => step.Contains("TEMP B-TREE")), why);
            Assert.True(plan.Any(step => step.Contains("USING INDEX") || step.Contains("USING COVERING INDEX")), why);
            if (statement.Contains("WHERE")) Assert.Contains(plan, step => step.StartsWith("SEARCH p"));
        });
    }

    [SqliteOnlyFact("reads SQLite's EXPLAIN QUERY PLAN; Sql/PostgresQueryPlanTests checks the same shapes with PostgreSQL's EXPLAIN")]
    public async Task A_category_page_deep_in_the_catalog_walks_the_date_index_backwards_from_the_cursor()
    {
        var client = api.CreateClient();
        const string page = """
            query($after: String) { category(slug: "data-science") { posts(first: 2, after: $after) { pageInfo { endCursor } } } }
            """;
        var first = (await client.PostGraphQLAsync(page, new { after = (string?)null })).DataWithoutErrors();
        var cursor = first["category"]!["posts"]!["pageInfo"]!["endCursor"]!.GetValue<string>();
        using var sql = new SqlCommandLog(api.CatalogKey);

        (await client.PostGraphQLAsync(page, new { after = cursor })).DataWithoutErrors();

        var statement = Assert.Single(sql.Commands, s => s.Contains("\"posts\""));
        var plan = QueryPlan.Explain(api.DatabasePath, statement);
        // A page that selects no node field reads only the keys, which the date index covers.
        Assert.Contains(plan, step => step.StartsWith("SEARCH p USING ") && step.Contains("INDEX ix_posts_published_at"));
        Assert.DoesNotContain(plan, step => step.Contains("TEMP B-TREE"));
    }
}
