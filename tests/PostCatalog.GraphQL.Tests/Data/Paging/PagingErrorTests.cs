using System.Text;
using PostCatalog.GraphQL.Data;
using PostCatalog.GraphQL.Data.Paging;

namespace PostCatalog.GraphQL.Tests.Data.Paging;

public sealed class PagingErrorTests : PagingTestBase
{
    private static DataErrorException Validate(PagingArguments arguments, PagingOptions? options = null) =>
        Assert.Throws<DataErrorException>(() =>
            PagingArgumentsValidator.Validate(arguments, options ?? new PagingOptions(), "Query.articles", "ArticlesConnection"));

    [Fact]
    public void Too_many_items_is_HC0051_with_the_requested_and_allowed_counts()
    {
        var error = Validate(new PagingArguments(First: 51));

        Assert.Equal("HC0051", error.Code);
        Assert.Equal("The maximum allowed items per page were exceeded.", error.Message);
        Assert.Equal(["coordinate", "requestedItems", "maxAllowedItems"], error.Extensions.Keys);
        Assert.Equal("Query.articles", error.Extensions["coordinate"]);
        Assert.Equal(51, error.Extensions["requestedItems"]);
        Assert.Equal(50, error.Extensions["maxAllowedItems"]);
    }

    [Fact]
    public void The_maximum_is_configurable_and_applies_to_last_too()
    {
        var error = Validate(new PagingArguments(Last: 6), new PagingOptions { MaxPageSize = 5 });

        Assert.Equal("HC0051", error.Code);
        Assert.Equal(5, error.Extensions["maxAllowedItems"]);
    }

    [Fact]
    public void The_maximum_itself_is_allowed() =>
        PagingArgumentsValidator.Validate(new PagingArguments(First: 50), new PagingOptions(), "Query.articles", "ArticlesConnection");

    [Fact]
    public void A_negative_count_is_HC0079()
    {
        var error = Validate(new PagingArguments(Last: -1));

        Assert.Equal("HC0079", error.Code);
        Assert.Equal("The requested number of values per page must be at least 0.", error.Message);
        Assert.Equal(-1, error.Extensions["requestedItems"]);
    }

    [Fact]
    public void First_and_last_together_are_rejected_as_HotChocolate_keyset_paging_does()
    {
        var error = Validate(new PagingArguments(First: 2, Last: 2));

        Assert.Equal("You can specify either `first` or `last`, but not both as this can lead to unpredictable results.", error.Message);
    }

    [Fact]
    public void Missing_boundaries_are_HC0052_when_required()
    {
        var error = Validate(new PagingArguments(), new PagingOptions { RequirePagingBoundaries = true });

        Assert.Equal("HC0052", error.Code);
        Assert.Equal("You must provide a `first` or `last` value to properly paginate the `ArticlesConnection`.", error.Message);
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("bm90IGpzb24=")]
    [InlineData("WzEsMiwzXQ==")]
    [InlineData("")]
    public void A_cursor_this_field_did_not_issue_is_HC0078(string cursor)
    {
        var error = Assert.Throws<DataErrorException>(() => Page(Pager(), new PagingArguments(First: 2, After: cursor)));

        Assert.Equal("HC0078", error.Code);
        Assert.Equal("The cursor specified in `after` has an invalid format.", error.Message);
        Assert.Equal("after", error.Extensions["argument"]);
        Assert.Equal(cursor, error.Extensions["cursor"]);
    }

    [Fact]
    public void A_cursor_from_another_ordering_is_HC0078_not_a_wrong_page()
    {
        var byTitle = Page(Pager("""[{ "title": "ASC" }]"""), new PagingArguments(First: 2));

        var error = Assert.Throws<DataErrorException>(() =>
            Page(Pager("""[{ "title": "DESC" }]"""), new PagingArguments(Last: 2, Before: byTitle.PageInfo.EndCursor)));

        Assert.Equal("HC0078", error.Code);
        Assert.StartsWith("The cursor specified in `before` cannot be used here: this cursor was issued for a different order.", error.Message);
        Assert.Equal("before", error.Extensions["argument"]);
    }

    [Fact]
    public void A_tampered_cursor_value_of_the_wrong_type_is_HC0078()
    {
        var cursor = Page(Pager(), new PagingArguments(First: 1)).PageInfo.EndCursor!;
        var json = Encoding.UTF8.GetString(Convert.FromBase64String(cursor)).Replace(",1]", ",\"one\"]");

        var error = Assert.Throws<DataErrorException>(() =>
            Page(Pager(), new PagingArguments(First: 1, After: Convert.ToBase64String(Encoding.UTF8.GetBytes(json)))));

        Assert.Equal("HC0078", error.Code);
    }
}
