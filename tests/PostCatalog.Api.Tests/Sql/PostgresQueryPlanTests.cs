using Npgsql;
using PostCatalog.Api.Tests.Infrastructure;
using PostCatalog.Import.Generation;

namespace PostCatalog.Api.Tests.Sql;

/// <summary>A generated PostgreSQL catalog large enough for the planner to choose as it would in production (statistics gathered by generate's ANALYZE), the memo off.</summary>
public sealed class PostgresPlanCatalogFactory : CatalogApiFactory
{
    public const int Posts = 20_000;

    public PostgresPlanCatalogFactory()
    {
        Settings["GraphQL:Limits:Cost:MaxFieldCost"] = "1000000";
        Settings["GraphQL:Limits:Cost:MaxTypeCost"] = "1000000";
        Settings["GraphQL:Catalog:Memo:Enabled"] = "false";
        if (!TestCatalogProvider.IsPostgres) return;
        var database = OpenCatalogAsync().GetAwaiter().GetResult();
        var vocabulary = GeneratorVocabulary.FromDocumentsAsync([RepositoryRoot.Combine("seeds")]).GetAwaiter().GetResult();
        new CatalogGenerator(vocabulary).Generate(database, new GeneratorOptions { Posts = Posts, Seed = 5 });
    }
}

/// <summary>
/// PostgreSQL's EXPLAIN of the statements the API sends for the planner's shapes (a keyset page deep in the catalog,
/// a count under a relation filter, facets, a nested connection's UNION ALL batch): each reads posts through an
/// index, never a sequential scan of posts, where SQLite avoids one too (Sql/KeysetQueryPlanTests,
/// Sql/CountAndFacetQueryPlanTests). Plans are taken with the parameters the statement ran with.
/// </summary>
[Collection(SqlStatementCountCollection.Name)]
public sealed class PostgresQueryPlanTests(PostgresPlanCatalogFactory api) : IClassFixture<PostgresPlanCatalogFactory>
{
    [PostgresOnlyFact]
    public async Task A_page_deep_in_every_order_reads_an_index_from_the_cursor_and_sorts_nothing()
    {
        var client = api.CreateClient();
        foreach (var order in new[] { "null", "[{ publishedAt: DESC }]", "[{ publishedAt: ASC }]", "[{ title: ASC }]", "[{ slug: DESC }]", "[{ wordPressId: ASC }]" })
        {
            var query = "query($after: String) { posts(first: 10, after: $after, order: " + order + ") { nodes { title } pageInfo { endCursor } } }";
            var first = (await client.PostGraphQLAsync(query, new { after = (string?)null })).DataWithoutErrors();
            var cursor = first["posts"]!["pageInfo"]!["endCursor"]!.GetValue<string>();
            using var sql = new SqlCommandLog(api.CatalogKey);

            (await client.PostGraphQLAsync(query, new { after = cursor })).DataWithoutErrors();

            var page = Assert.Single(sql.Statements, s => s.Sql.Contains("FROM posts"));
            var plan = Explain(page);
            Assert.True(plan.Contains("Index Scan") || plan.Contains("Index Only Scan"), $"{order}\n{page.Sql}\n-- plan:\n{plan}");
            Assert.DoesNotContain("Seq Scan on posts", plan);
            Assert.DoesNotContain("Sort", plan);
        }
    }

    [PostgresOnlyFact]
    public async Task TotalCount_under_a_relation_filter_counts_link_rows_without_scanning_posts()
    {
        var client = api.CreateClient();
        using var sql = new SqlCommandLog(api.CatalogKey);

        (await client.PostGraphQLAsync("""{ posts(where: { categories: { some: { slug: { eq: "data-science" } } } }) { totalCount } }""")).DataWithoutErrors();

        Assert.All(sql.Statements, statement => Assert.DoesNotContain("Seq Scan on posts", Explain(statement)));
        Assert.Contains(sql.Statements, statement => Explain(statement).Contains("post_categories"));
    }

    [PostgresOnlyFact]
    public async Task Facets_filtered_or_not_never_scan_posts_sequentially_for_a_narrow_filter()
    {
        var client = api.CreateClient();
        using var sql = new SqlCommandLog(api.CatalogKey);

        (await client.PostGraphQLAsync("""
            { all: postFacets { categories { value } tags { value } authors { value } }
              recent: postFacets(where: { publishedAt: { gte: "2026-06-01" } }) { categories { value } tags { value } authors { value } } }
            """)).DataWithoutErrors();

        Assert.Equal(6, sql.Statements.Count);
        Assert.All(sql.Statements, statement =>
        {
            var plan = Explain(statement);
            Assert.False(plan.Contains("Seq Scan on posts"), $"{statement.Sql}\n-- plan:\n{plan}");
        });
    }

    [PostgresOnlyFact]
    public async Task A_connection_under_a_list_is_one_union_all_statement_reading_posts_through_indexes()
    {
        var client = api.CreateClient();
        using var sql = new SqlCommandLog(api.CatalogKey);

        (await client.PostGraphQLAsync("{ categories(first: 10) { nodes { posts(first: 3) { nodes { title } } } } }")).DataWithoutErrors();

        var batch = Assert.Single(sql.Statements, s => s.Sql.Contains("UNION ALL"));
        var plan = Explain(batch);
        Assert.False(plan.Contains("Seq Scan on posts"), $"{batch.Sql}\n-- plan:\n{plan}");
    }

    /// <summary>EXPLAIN's text, with the statement's own parameters.</summary>
    private string Explain(LoggedStatement statement)
    {
        using var connection = new NpgsqlConnection(api.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand("EXPLAIN " + statement.Sql, connection);
        foreach (var parameter in statement.Parameters) command.Parameters.Add(((NpgsqlParameter)parameter).Clone());
        using var reader = command.ExecuteReader();
        var lines = new List<string>();
        while (reader.Read()) lines.Add(reader.GetString(0));
        return string.Join("\n", lines);
    }
}
