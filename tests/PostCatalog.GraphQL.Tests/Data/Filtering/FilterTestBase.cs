using PostCatalog.GraphQL.Data.Filtering;
using PostCatalog.GraphQL.Tests.Data.Fixtures;

namespace PostCatalog.GraphQL.Tests.Data.Filtering;

/// <summary>Runs a <c>where</c> value against the sample articles in SQLite, and checks LINQ to Objects agrees.</summary>
public abstract class FilterTestBase : IDisposable
{
    protected BlogDatabase Database { get; } = new(SampleArticles.Create());

    /// <summary>The titles (sorted) of the articles the filter keeps, as SQLite computes them.</summary>
    protected string[] Titles(string where)
    {
        var input = InputJson.Object(where);
        using var context = Database.CreateContext();
        var fromSql = FilterExpressionBuilder.Apply(context.Articles, ArticleConventions.ArticleFilter, input)
            .Select(a => a.Title).ToArray().Order(StringComparer.Ordinal).ToArray();

        var inMemory = FilterExpressionBuilder.Apply(SampleArticles.Create().AsQueryable(), ArticleConventions.ArticleFilter, input)
            .Select(a => a.Title).ToArray().Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(fromSql, inMemory);
        return fromSql;
    }

    public void Dispose()
    {
        Database.Dispose();
        GC.SuppressFinalize(this);
    }
}
