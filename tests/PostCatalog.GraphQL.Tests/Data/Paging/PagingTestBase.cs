using PostCatalog.GraphQL.Data.Paging;
using PostCatalog.GraphQL.Data.Sorting;
using PostCatalog.GraphQL.Tests.Data.Fixtures;

namespace PostCatalog.GraphQL.Tests.Data.Paging;

/// <summary>Pages through generated articles in SQLite with the keyset pager.</summary>
public abstract class PagingTestBase : IDisposable
{
    protected PagingTestBase(int articleCount = 37)
    {
        Database = GeneratedArticles.CreateDatabase(articleCount);
    }

    protected BlogDatabase Database { get; }

    protected static KeysetPager<Article> Pager(string order = "[]") =>
        new(SortExpressionBuilder.Build(ArticleConventions.ArticleSort, InputJson.List(order)), (Article a) => a.Id);

    protected Connection<Article> Page(KeysetPager<Article> pager, PagingArguments arguments, PagingOptions? options = null)
    {
        using var context = Database.CreateContext();
        return pager.ExecuteAsync(context.Articles, arguments, options ?? new PagingOptions()).AsTask().GetAwaiter().GetResult();
    }

    /// <summary>The ids in the pager's full order, fetched in one unpaged query.</summary>
    protected int[] AllIdsInOrder(KeysetPager<Article> pager)
    {
        using var context = Database.CreateContext();
        return SortExpressionBuilder.Apply(context.Articles, pager.Keys).Select(a => a.Id).ToArray();
    }

    protected static int[] Ids(Connection<Article> page) => page.Nodes.Select(a => a.Id).ToArray();

    public void Dispose()
    {
        Database.Dispose();
        GC.SuppressFinalize(this);
    }
}
