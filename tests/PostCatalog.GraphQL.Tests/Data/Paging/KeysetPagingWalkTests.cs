using PostCatalog.GraphQL.Data.Paging;
using PostCatalog.GraphQL.Tests.Data.Fixtures;

namespace PostCatalog.GraphQL.Tests.Data.Paging;

/// <summary>
/// Walking every page forwards (first/after) and backwards (last/before) visits each row exactly once, in order,
/// whatever the ordering: duplicate sort values, nulls in nullable keys, mixed directions, booleans, enums, nested keys.
/// </summary>
public sealed class KeysetPagingWalkTests : PagingTestBase
{
    public static TheoryData<string> Orders => new()
    {
        "[]",
        """[{ "title": "ASC" }]""",
        """[{ "rating": "DESC" }]""",
        """[{ "rating": "ASC" }]""",
        """[{ "subtitle": "ASC" }, { "rating": "DESC" }]""",
        """[{ "subtitle": "DESC" }, { "title": "ASC" }]""",
        """[{ "publishedOn": "DESC", "title": "ASC" }]""",
        """[{ "isFeatured": "ASC" }, { "status": "DESC" }]""",
        """[{ "isFeatured": "DESC" }, { "rating": "ASC" }]""",
        """[{ "writer": { "name": "ASC" } }, { "rating": "DESC" }]""",
    };

    [Theory]
    [MemberData(nameof(Orders))]
    public void Forward_pages_cover_every_row_once_in_order(string order)
    {
        var pager = Pager(order);
        var seen = new List<int>();
        var pageNumber = 0;
        string? after = null;
        Connection<Article> page;
        do
        {
            page = Page(pager, new PagingArguments(First: 4, After: after));
            Assert.Equal(pageNumber > 0, page.PageInfo.HasPreviousPage);
            seen.AddRange(Ids(page));
            after = page.PageInfo.EndCursor;
            pageNumber++;
        }
        while (page.PageInfo.HasNextPage);

        Assert.Equal(AllIdsInOrder(pager), seen);
        Assert.Equal(10, pageNumber);
    }

    [Theory]
    [MemberData(nameof(Orders))]
    public void Backward_pages_cover_every_row_once_in_order(string order)
    {
        var pager = Pager(order);
        var pages = new List<int[]>();
        string? before = null;
        Connection<Article> page;
        do
        {
            page = Page(pager, new PagingArguments(Last: 4, Before: before));
            Assert.Equal(before is not null, page.PageInfo.HasNextPage);
            pages.Insert(0, Ids(page));
            before = page.PageInfo.StartCursor;
        }
        while (page.PageInfo.HasPreviousPage);

        Assert.Equal(AllIdsInOrder(pager), pages.SelectMany(p => p).ToArray());
    }

    [Fact]
    public void Edges_carry_the_cursor_that_continues_after_them()
    {
        var pager = Pager("""[{ "rating": "DESC" }]""");
        var first = Page(pager, new PagingArguments(First: 5));

        var fromThirdEdge = Page(pager, new PagingArguments(First: 2, After: first.Edges[2].Cursor));

        Assert.Equal(Ids(first)[3..5], Ids(fromThirdEdge));
        Assert.Equal(first.Edges[0].Cursor, first.PageInfo.StartCursor);
        Assert.Equal(first.Edges[^1].Cursor, first.PageInfo.EndCursor);
    }

    [Fact]
    public void After_and_before_together_bound_a_window()
    {
        var pager = Pager("""[{ "title": "DESC" }]""");
        var all = Page(pager, new PagingArguments(First: 10));

        var window = Page(pager, new PagingArguments(First: 10, After: all.Edges[1].Cursor, Before: all.Edges[6].Cursor));

        Assert.Equal(Ids(all)[2..6], Ids(window));
        Assert.False(window.PageInfo.HasNextPage);
        Assert.True(window.PageInfo.HasPreviousPage);
    }

    [Fact]
    public void Without_first_or_last_the_default_page_size_applies()
    {
        var page = Page(Pager(), new PagingArguments());

        Assert.Equal(Enumerable.Range(1, 10), Ids(page));
        Assert.True(page.PageInfo.HasNextPage);
        Assert.False(page.PageInfo.HasPreviousPage);
    }

    [Fact]
    public void The_default_page_size_is_configurable()
    {
        var page = Page(Pager(), new PagingArguments(), new PagingOptions { DefaultPageSize = 3 });

        Assert.Equal([1, 2, 3], Ids(page));
    }

    [Fact]
    public void First_zero_returns_an_empty_page_without_cursors()
    {
        var page = Page(Pager(), new PagingArguments(First: 0));

        Assert.Empty(page.Edges);
        Assert.Null(page.PageInfo.StartCursor);
        Assert.Null(page.PageInfo.EndCursor);
        Assert.True(page.PageInfo.HasNextPage);
    }

    [Fact]
    public void The_last_page_has_no_next_page()
    {
        var page = Page(Pager(), new PagingArguments(Last: 3));

        Assert.Equal([35, 36, 37], Ids(page));
        Assert.False(page.PageInfo.HasNextPage);
        Assert.True(page.PageInfo.HasPreviousPage);
    }
}
