using PostCatalog.GraphQL.Data.Paging;
using PostCatalog.GraphQL.Tests.Data.Fixtures;

namespace PostCatalog.GraphQL.Tests.Data.Paging;

/// <summary>What reaches the database: a seek predicate and LIMIT, never OFFSET; a COUNT only when asked for.</summary>
public sealed class KeysetPagingQueryTests() : PagingTestBase(articleCount: 150)
{
    [Fact]
    public void Page_100_is_the_same_sql_as_page_2_and_neither_uses_offset()
    {
        var pager = Pager("""[{ "publishedOn": "DESC" }, { "title": "ASC" }]""");
        var pageSql = new List<string>();
        string? after = null;
        for (var page = 1; page <= 100; page++)
        {
            Database.Log.Clear();
            var connection = Page(pager, new PagingArguments(First: 1, After: after));
            pageSql.Add(Database.Log.Commands[0]);
            after = connection.PageInfo.EndCursor;
        }

        Assert.All(pageSql, sql => Assert.DoesNotContain("OFFSET", sql));
        Assert.All(pageSql, sql => Assert.Contains("LIMIT", sql));
        Assert.All(pageSql, sql => Assert.Contains("ORDER BY", sql));
        Assert.Contains("WHERE", pageSql[99]);
        Assert.Equal(pageSql[1], pageSql[99]);
    }

    [Fact]
    public void Backward_pages_reverse_the_order_in_sql()
    {
        Database.Log.Clear();

        Page(Pager("""[{ "title": "ASC" }]"""), new PagingArguments(Last: 3));

        Assert.Contains("ORDER BY \"a\".\"Title\" DESC, \"a\".\"Id\" DESC", Database.Log.Commands[0]);
    }

    [Fact]
    public void The_total_count_runs_only_when_asked_for_and_counts_the_filtered_rows()
    {
        using var context = Database.CreateContext();
        var filtered = context.Articles.Where(a => a.IsFeatured);
        Database.Log.Clear();

        var connection = Pager().ExecuteAsync(filtered, new PagingArguments(First: 5), new PagingOptions()).AsTask().Result;
        var commandsForPage = Database.Log.Commands.Count;
        var total = connection.GetTotalCountAsync().AsTask().Result;

        Assert.Equal(1, commandsForPage);
        Assert.Equal(75, total);
        Assert.Contains("COUNT(*)", Database.Log.Commands[^1]);
        Assert.DoesNotContain("LIMIT", Database.Log.Commands[^1]);
    }

    [Fact]
    public void A_cursor_adds_one_cheap_existence_check_for_the_other_direction()
    {
        var pager = Pager();
        var first = Page(pager, new PagingArguments(First: 5));
        Database.Log.Clear();

        Page(pager, new PagingArguments(First: 5, After: first.PageInfo.EndCursor));

        Assert.Equal(2, Database.Log.Commands.Count);
        Assert.Contains("EXISTS", Database.Log.Commands[1]);
    }

    [Fact]
    public void Pages_stay_stable_while_rows_are_added_and_removed_before_the_cursor()
    {
        var pager = Pager("""[{ "title": "ASC" }]""");
        var first = Page(pager, new PagingArguments(First: 10));
        var expectedNext = Ids(Page(pager, new PagingArguments(First: 10, After: first.PageInfo.EndCursor)));

        var lastSeenId = first.Nodes[^1].Id;
        using (var context = Database.CreateContext())
        {
            context.Articles.Add(new Article { Id = 1000, Title = "Title 0" });
            context.Articles.Remove(context.Articles.Single(a => a.Id == lastSeenId));
            context.SaveChanges();
        }

        var next = Page(pager, new PagingArguments(First: 10, After: first.PageInfo.EndCursor));

        Assert.Equal(expectedNext, Ids(next));
        Assert.True(next.PageInfo.HasPreviousPage);
    }
}
