using PostCatalog.Api.Tests.Catalog;
using PostCatalog.Api.Tests.Infrastructure;

namespace PostCatalog.Api.Tests.Sql;

/// <summary>
/// The shapes the planner sends for counts and facets, pinned by SQLite's <c>EXPLAIN QUERY PLAN</c>, and their
/// answers checked against the plain way of counting. The memo is off (<see cref="UncappedCostCatalogApiFactory"/>),
/// so every request shows its statements.
/// </summary>
[Collection(SqlStatementCountCollection.Name)]
public sealed class CountAndFacetQueryPlanTests(UncappedCostCatalogApiFactory api) : IClassFixture<UncappedCostCatalogApiFactory>
{
    public static TheoryData<string> RelationFilters =>
    [
        """categories: { some: { slug: { eq: "data-science" } } }""",
        """categories: { some: { name: { contains: "a" } } }""",
        """categories: { some: { slug: { eq: "no-such-category" } } }""",
        """tags: { some: { slug: { eq: "machine-learning" } } }""",
        """authors: { some: { name: { startsWith: "A" } } }""",
    ];

    [SqliteOnlyTheory("reads SQLite's EXPLAIN QUERY PLAN; Sql/PostgresQueryPlanTests checks the same shapes with PostgreSQL's EXPLAIN")]
    [MemberData(nameof(RelationFilters))]
    public async Task TotalCount_under_a_relation_filter_is_the_number_of_posts_the_filter_selects(string where)
    {
        var response = await api.CreateClient().PostGraphQLAsync($"{{ posts(first: 50, where: {{ {where} }}) {{ totalCount nodes {{ id }} }} }}");

        var posts = response.DataWithoutErrors()["posts"]!;
        Assert.Equal(posts["nodes"]!.AsArray().Count, posts["totalCount"]!.GetValue<int>());
    }

    [SqliteOnlyTheory("reads SQLite's EXPLAIN QUERY PLAN; Sql/PostgresQueryPlanTests checks the same shapes with PostgreSQL's EXPLAIN")]
    [MemberData(nameof(RelationFilters))]
    public async Task TotalCount_under_a_relation_filter_counts_the_link_table_through_its_index(string where)
    {
        var client = api.CreateClient(); // started (and the seeds imported) before the log begins
        using var sql = new SqlCommandLog(api.CatalogKey);

        (await client.PostGraphQLAsync($"{{ posts(where: {{ {where} }}) {{ totalCount }} }}")).DataWithoutErrors();

        // Which vocabulary rows match (LIMIT 2), then the count on the link table; no statement reads posts.
        Assert.InRange(sql.Commands.Count, 1, 2);
        Assert.All(sql.Commands, statement => Assert.DoesNotContain("FROM \"posts\"", statement));
        var count = sql.Commands.Skip(1).SingleOrDefault();
        if (count is null) return; // no vocabulary row matched: nothing to count
        var plan = QueryPlan.Explain(api.DatabasePath, count);
        Assert.Contains(plan, step => step.Contains("USING COVERING INDEX ix_post_categories_category_id")
            || step.Contains("USING COVERING INDEX ix_post_tags_tag_id") || step.Contains("USING COVERING INDEX ix_bylines_author_id")
            || step.Contains("USING INDEX ix_post_categories_category_id") || step.Contains("USING INDEX ix_bylines_author_id"));
        // The link rows are searched by the vocabulary id, never scanned (a contains filter may scan the small vocabulary table).
        // ("SCAN p0" is the DISTINCT subquery's own result.)
        Assert.DoesNotContain(plan, step => step is "SCAN p" or "SCAN b" || step.StartsWith("SCAN p USING") || step.StartsWith("SCAN b USING"));
    }
}

/// <summary>Facets under a filter start from the filtered posts and reach the link rows by primary key.</summary>
[Collection(SqlStatementCountCollection.Name)]
public sealed class FacetQueryPlanTests(UncappedCostCatalogApiFactory api) : IClassFixture<UncappedCostCatalogApiFactory>
{
    [SqliteOnlyFact("reads SQLite's EXPLAIN QUERY PLAN; Sql/PostgresQueryPlanTests checks the same shapes with PostgreSQL's EXPLAIN")]
    public async Task Filtered_facets_walk_the_posts_index_then_each_posts_link_rows_by_primary_key()
    {
        var client = api.CreateClient(); // started (and the seeds imported) before the log begins
        using var sql = new SqlCommandLog(api.CatalogKey);

        (await client.PostGraphQLAsync("""
            { postFacets(where: { publishedAt: { gte: "2020-01-01" } }) { categories { value } tags { value } authors { value } } }
            """)).DataWithoutErrors();

        Assert.Equal(3, sql.Commands.Count);
        Assert.All(sql.Commands, statement =>
        {
            var plan = QueryPlan.Explain(api.DatabasePath, statement);
            var why = $"{statement}\n-- plan:\n{string.Join("\n", plan)}";
            var posts = plan.ToList().FindIndex(step => step.StartsWith("SEARCH p USING COVERING INDEX ix_posts_published_at"));
            var links = plan.ToList().FindIndex(step => step.Contains("USING COVERING INDEX sqlite_autoindex_") && step.Contains("(post_id=?)"));
            Assert.True(posts >= 0 && links > posts, why);
        });
    }

    [SqliteOnlyFact("reads SQLite's EXPLAIN QUERY PLAN; Sql/PostgresQueryPlanTests checks the same shapes with PostgreSQL's EXPLAIN")]
    public async Task Unfiltered_facets_group_the_link_table_by_its_vocabulary_index_without_reading_posts()
    {
        var client = api.CreateClient(); // started (and the seeds imported) before the log begins
        using var sql = new SqlCommandLog(api.CatalogKey);

        (await client.PostGraphQLAsync("{ postFacets { categories { value } tags { value } authors { value } } }")).DataWithoutErrors();

        Assert.Equal(3, sql.Commands.Count);
        Assert.All(sql.Commands, statement =>
        {
            Assert.DoesNotContain("\"posts\"", statement);
            var plan = QueryPlan.Explain(api.DatabasePath, statement);
            Assert.Contains(plan, step => step.Contains("USING COVERING INDEX ix_post_categories_category_id")
                || step.Contains("USING COVERING INDEX ix_post_tags_tag_id") || step.Contains("USING COVERING INDEX ix_bylines_author_id"));
        });
    }
}
