using Microsoft.EntityFrameworkCore;
using PostCatalog.GraphQL.Data;
using PostCatalog.GraphQL.Data.Paging;
using PostCatalog.GraphQL.Tests.Data.Fixtures;

namespace PostCatalog.GraphQL.Tests.Data.Paging;

/// <summary>
/// What SQLite does with a keyset page: every statement a page sends after a cursor (the page, the NULL block's seek,
/// the hasPreviousPage/hasNextPage existence check) searches an index from the cursor, and none sorts the table
/// ("USE TEMP B-TREE FOR ORDER BY"). The articles table has indexes on PublishedOn (nullable) and Title, as the
/// catalog has on published_at and title.
/// </summary>
public sealed class KeysetQueryPlanTests() : PagingTestBase(articleCount: 60)
{
    public static TheoryData<string> IndexedOrders => new()
    {
        """[{ "publishedOn": "DESC" }]""",
        """[{ "publishedOn": "ASC" }]""",
        """[{ "title": "ASC" }]""",
        """[{ "title": "DESC" }]""",
        "[]",
    };

    [Theory]
    [MemberData(nameof(IndexedOrders))]
    public void Every_statement_of_a_forward_walk_seeks_an_index_and_sorts_nothing(string order)
    {
        var pager = Pager(order);
        string? after = null;
        Connection<Article> page;
        do
        {
            page = Page(pager, new PagingArguments(First: 7, After: after));
            after = page.PageInfo.EndCursor;
        }
        while (page.PageInfo.HasNextPage);

        AssertEveryStatementSeeks();
    }

    [Theory]
    [MemberData(nameof(IndexedOrders))]
    public void Every_statement_of_a_backward_walk_seeks_an_index_and_sorts_nothing(string order)
    {
        var pager = Pager(order);
        string? before = null;
        Connection<Article> page;
        do
        {
            page = Page(pager, new PagingArguments(Last: 7, Before: before));
            before = page.PageInfo.StartCursor;
        }
        while (page.PageInfo.HasPreviousPage);

        AssertEveryStatementSeeks();
    }

    [Fact]
    public void After_a_dated_cursor_the_page_is_a_range_on_the_key_and_the_id_follows_its_direction()
    {
        var pager = Pager("""[{ "publishedOn": "DESC" }]""");
        var first = Page(pager, new PagingArguments(First: 5));
        Database.Log.Clear();

        Page(pager, new PagingArguments(First: 5, After: first.PageInfo.EndCursor));

        var sql = Database.Log.Commands[0];
        Assert.Contains("ORDER BY \"a\".\"PublishedOn\" DESC, \"a\".\"Id\" DESC", sql);
        Assert.Contains("WHERE \"a\".\"PublishedOn\" <= @", sql); // the range conjunct, ANDed with the rest
        Assert.DoesNotContain("IS NULL", sql);
    }

    [Fact]
    public void Undated_rows_come_from_a_second_seek_only_on_the_page_where_the_dated_rows_run_out()
    {
        var pager = Pager("""[{ "publishedOn": "DESC" }]""");
        using (var context = Database.CreateContext())
        {
            Assert.Equal(50, context.Articles.Count(a => a.PublishedOn != null));
            Assert.Equal(10, context.Articles.Count(a => a.PublishedOn == null));
        }

        var statements = new List<int>();
        string? after = null;
        Connection<Article> page;
        do
        {
            Database.Log.Clear();
            page = Page(pager, new PagingArguments(First: 7, After: after));
            statements.Add(Database.Log.Commands.Count(c => !c.Contains("EXISTS")));
            after = page.PageInfo.EndCursor;
        }
        while (page.PageInfo.HasNextPage);

        // Pages of 7 (and one row more, to know there is a next page): pages 1-7 hold the dated rows 1-49 (row 50 is
        // page 7's extra row); page 8 holds row 50, the last dated one, and six undated rows from a second seek;
        // page 9 starts in the undated block, which one seek (published IS NULL AND id < cursor id) serves.
        Assert.Equal([1, 1, 1, 1, 1, 1, 1, 2, 1], statements);
    }

    [Fact]
    public void A_cursor_from_when_the_id_was_always_ascending_is_HC0078_under_a_descending_order()
    {
        var pager = Pager("""[{ "publishedOn": "DESC" }]""");
        var keysBefore = pager.Keys.Take(1).Append(pager.Keys[^1] with { Descending = false }).ToList();
        var oldCursor = new KeysetCursor(keysBefore).Encode([new DateOnly(2024, 1, 3), 10]);

        var error = Assert.Throws<DataErrorException>(() => Page(pager, new PagingArguments(First: 5, After: oldCursor)));

        Assert.Equal("HC0078", error.Code);
    }

    [Fact]
    public void A_cursor_under_an_ascending_order_stays_valid_because_its_keys_did_not_change()
    {
        var pager = Pager("""[{ "title": "ASC" }]""");
        var all = AllIdsInOrder(pager);
        using var context = Database.CreateContext();
        var tenth = context.Articles.Single(a => a.Id == all[9]);
        var cursorFromBefore = new KeysetCursor(pager.Keys).Encode([tenth.Title, tenth.Id]);

        var page = Page(pager, new PagingArguments(First: 5, After: cursorFromBefore));

        Assert.Equal(all[10..15], Ids(page));
    }

    private void AssertEveryStatementSeeks()
    {
        using var context = Database.CreateContext();
        var connection = context.Database.GetDbConnection();
        Assert.NotEmpty(Database.Log.Commands);
        Assert.All(Database.Log.Commands, sql =>
        {
            var plan = QueryPlan.Explain(connection, sql);
            var seeks = !sql.Contains("WHERE") || plan.Any(step => step.StartsWith("SEARCH"));
            Assert.True(seeks && !QueryPlan.Sorts(plan), $"{sql}\n-- plan:\n{string.Join("\n", plan)}");
        });
    }
}
