using Microsoft.EntityFrameworkCore;
using PostCatalog.GraphQL.Data.Filtering;
using PostCatalog.GraphQL.Tests.Data.Fixtures;

namespace PostCatalog.GraphQL.Tests.Data.Filtering;

/// <summary>The filter runs in the database: it becomes one WHERE clause, with the client's values as parameters.</summary>
public sealed class FilterSqlTranslationTests : FilterTestBase
{
    private string Sql(string where)
    {
        using var context = Database.CreateContext();
        return FilterExpressionBuilder.Apply(context.Articles, ArticleConventions.ArticleFilter, InputJson.Object(where)).ToQueryString();
    }

    [Fact]
    public void Contains_becomes_instr_which_is_case_sensitive()
    {
        var sql = Sql("""{ "title": { "contains": "graph" } }""");

        var where = sql[sql.IndexOf("WHERE", StringComparison.Ordinal)..];
        Assert.Contains("instr(", where);
        Assert.DoesNotContain("LIKE", where);
        Assert.DoesNotContain("'graph'", where);
    }

    [Fact]
    public void StartsWith_and_endsWith_compare_exact_substrings_not_like()
    {
        var sql = Sql("""{ "title": { "startsWith": "Graph", "endsWith": "ics" } }""");

        var where = sql[sql.IndexOf("WHERE", StringComparison.Ordinal)..];
        Assert.Contains("substr(", where);
        Assert.DoesNotContain("LIKE", where);
    }

    [Fact]
    public void List_filters_become_exists_subqueries()
    {
        var sql = Sql("""{ "labels": { "some": { "name": { "eq": "sql" } } } }""");

        Assert.Contains("EXISTS", sql);
    }

    [Fact]
    public void Every_operation_kind_translates_together()
    {
        var sql = Sql("""
            { "title": { "nstartsWith": "x", "nendsWith": "y", "nin": ["z"] }, "publishedOn": { "lte": "2024-12-31" },
              "url": { "gte": "https://" }, "status": { "in": ["DRAFT"] }, "writer": { "name": { "eq": "Ada" } },
              "labels": { "all": { "name": { "neq": "q" } }, "any": true } }
            """);

        Assert.Contains("WHERE", sql);
        Assert.Contains("LEFT JOIN", sql);
    }
}
