using PostCatalog.GraphQL.Types.Relay;
using PostCatalog.Api.Tests.Infrastructure;

namespace PostCatalog.Api.Tests.Catalog;

/// <summary>
/// Keyset cursor paging as a client walks it: every post exactly once and in order, forward with first/after and
/// backward with last/before, at several page sizes and under several orders, with pageInfo right on every page.
/// </summary>
[Collection(CatalogApiCollection.Name)]
public sealed class PagingTests(CatalogApiFactory api)
{
    public static TheoryData<string, int> Walks()
    {
        var walks = new TheoryData<string, int>();
        foreach (var order in PostOrders.All.Keys)
            foreach (var size in new[] { 4, 10, 50 })
                walks.Add(order, size);
        walks.Add("default (newest first)", 1);
        walks.Add("slug ASC (nulls first), publishedAt DESC", 7);
        return walks;
    }

    [Theory]
    [MemberData(nameof(Walks))]
    public async Task Walking_forward_gives_every_post_once_in_order(string order, int pageSize)
    {
        var expected = await ExpectedIdsAsync(order);

        var pages = await WalkAsync($"posts(first: {pageSize}, after: $cursor, order: {PostOrders.All[order].Order})", "endCursor");

        Assert.Equal(expected, pages.SelectMany(p => p.Ids));
        AssertPageSizes(pages, pageSize, expected.Length);
        Assert.All(pages, (page, i) =>
        {
            Assert.Equal(i > 0, page.HasPreviousPage);
            Assert.Equal(i < pages.Count - 1, page.HasNextPage);
        });
    }

    [Theory]
    [MemberData(nameof(Walks))]
    public async Task Walking_backward_gives_every_post_once_in_order(string order, int pageSize)
    {
        var expected = await ExpectedIdsAsync(order);

        var pages = await WalkAsync($"posts(last: {pageSize}, before: $cursor, order: {PostOrders.All[order].Order})", "startCursor");

        // Pages arrive last one first; each page's rows are in the connection's order.
        Assert.Equal(expected, Enumerable.Reverse(pages).SelectMany(p => p.Ids));
        AssertPageSizes(pages, pageSize, expected.Length);
        Assert.All(pages, (page, i) =>
        {
            Assert.Equal(i > 0, page.HasNextPage);
            Assert.Equal(i < pages.Count - 1, page.HasPreviousPage);
        });
    }

    [Fact]
    public async Task A_filtered_category_connection_walks_to_the_same_posts_as_the_filter_in_memory()
    {
        var oracle = await CatalogOracle.LoadAsync(api);
        string[] expected = [.. oracle.Posts
            .Where(p => p.Categories.Any(pc => pc.Category.Slug == "data-science") && p.PublishedAt >= new DateOnly(2024, 1, 1))
            .OrderBy(p => p.Title, StringComparer.Ordinal).ThenBy(p => p.Id).Select(p => GlobalId.Format("Post", p.Id))];

        var pages = await WalkAsync("""
            category(slug: "data-science") { posts(first: 2, after: $cursor, where: { publishedAt: { gte: "2024-01-01" } }, order: [{ title: ASC }])
            """, "endCursor", close: "}", path: ["category", "posts"]);

        Assert.InRange(expected.Length, 3, 20);
        Assert.Equal(expected, pages.SelectMany(p => p.Ids));
    }

    [Theory]
    [InlineData("categories", "last", 4)]
    [InlineData("categories", "first", 5)]
    [InlineData("authors", "first", 4)]
    [InlineData("authors", "last", 7)]
    public async Task Walking_vocabulary_by_post_count_crosses_ties_without_losing_or_repeating(string field, string direction, int pageSize)
    {
        var oracle = await CatalogOracle.LoadAsync(api);
        string[] expected = field == "categories"
            ? [.. oracle.Categories.OrderByDescending(c => c.Posts.Count).ThenByDescending(c => c.Id).Select(c => GlobalId.Format("Category", c.Id))]
            : [.. oracle.Authors.OrderByDescending(a => a.Bylines.Count).ThenByDescending(a => a.Id).Select(a => GlobalId.Format("Author", a.Id))];
        var forward = direction == "first";

        var pages = await WalkAsync($"{field}({direction}: {pageSize}, {(forward ? "after" : "before")}: $cursor, order: [{{ postCount: DESC }}])",
            forward ? "endCursor" : "startCursor", path: [field]);

        Assert.Equal(expected, (forward ? pages : Enumerable.Reverse(pages)).SelectMany(p => p.Ids));
        AssertPageSizes(pages, pageSize, expected.Length);
    }

    [Theory]
    [InlineData("""author(slug: "marten-schultzberg")""", """{ categories: { some: { slug: { eq: "data-science" } } } }""")]
    [InlineData("""tag(slug: "engineering-leadership")""", """{ isExcerptTruncated: { eq: true } }""")]
    [InlineData("""tag(slug: "experimentation")""", """{ authors: { any: false } }""")]
    public async Task Author_and_tag_post_connections_take_filters_and_count_what_they_hold(string parent, string where)
    {
        var oracle = await CatalogOracle.LoadAsync(api);
        var client = api.CreateClient();
        var field = parent[..parent.IndexOf('(')];
        var slug = parent.Split('"')[1];
        // The same filter at the root, plus the parent as a relation filter, is what the nested connection must hold.
        var relation = field == "author" ? $"authors: {{ some: {{ slug: {{ eq: \"{slug}\" }} }} }}" : $"tags: {{ some: {{ slug: {{ eq: \"{slug}\" }} }} }}";
        var root = await client.PostGraphQLAsync($"{{ posts(first: 50, where: {{ and: [{where}, {{ {relation} }}] }}) {{ nodes {{ id }} }} }}");

        var response = await client.PostGraphQLAsync($"{{ {parent} {{ posts(first: 50, where: {where}) {{ totalCount nodes {{ id }} }} }} }}");

        var posts = response.DataWithoutErrors()[field]!["posts"]!;
        string[] nested = [.. posts["nodes"].Strings("id")];
        Assert.Equal(root.Ids("posts"), nested);
        Assert.Equal(nested.Length, posts["totalCount"]!.GetValue<int>());
        Assert.InRange(nested.Length, 1, oracle.Posts.Count - 1);
    }

    [Fact]
    public async Task The_cursor_from_an_edge_resumes_right_after_that_edge()
    {
        var client = api.CreateClient();
        var first = await client.PostGraphQLAsync("{ posts(first: 5, order: [{ title: ASC }]) { edges { cursor node { id } } } }");
        var edges = first.DataWithoutErrors()["posts"]!["edges"]!.AsArray();

        var next = await client.PostGraphQLAsync("query($c: String) { posts(first: 2, after: $c, order: [{ title: ASC }]) { nodes { id } } }",
            new { c = edges[2]!["cursor"]!.GetValue<string>() });

        Assert.Equal([edges[3]!["node"]!["id"]!.GetValue<string>(), edges[4]!["node"]!["id"]!.GetValue<string>()], next.Ids("posts"));
    }

    [Theory]
    [InlineData("{ posts(first: 51) { totalCount } }", "Query.posts", 51, "posts")]
    [InlineData("{ posts(last: 100) { totalCount } }", "Query.posts", 100, "posts")]
    [InlineData("""{ category(slug: "data") { posts(first: 60) { totalCount } } }""", "Category.posts", 60, "category")]
    [InlineData("{ authors(first: 51) { totalCount } }", "Query.authors", 51, "authors")]
    public async Task Too_many_items_is_HC0051_with_the_coordinate_and_the_limit(string query, string coordinate, int requested, string field)
    {
        var response = await api.CreateClient().PostGraphQLAsync(query);

        Assert.Equal("HC0051", response.FirstErrorCode);
        var error = response.Errors![0]!;
        Assert.Equal("The maximum allowed items per page were exceeded.", error["message"]!.GetValue<string>());
        Assert.Equal(coordinate, error["extensions"]!["coordinate"]!.GetValue<string>());
        Assert.Equal(requested, error["extensions"]!["requestedItems"]!.GetValue<int>());
        Assert.Equal(50, error["extensions"]!["maxAllowedItems"]!.GetValue<int>());
        Assert.Equal(field, error["path"]![0]!.GetValue<string>());
    }

    [Theory]
    [InlineData("after", "not a cursor")]
    [InlineData("before", "bm90IGpzb24=")] // base64 of "not json"
    [InlineData("after", "WyJ4eXoiLCIxIl0=")] // base64 of ["xyz","1"]: well formed, issued by no ordering
    public async Task A_bad_cursor_is_HC0078_naming_the_argument(string argument, string cursor)
    {
        var response = await api.CreateClient().PostGraphQLAsync(
            $"query($c: String) {{ posts({argument}: $c) {{ nodes {{ id }} }} }}", new { c = cursor });

        Assert.Equal("HC0078", response.FirstErrorCode);
        Assert.Equal($"The cursor specified in `{argument}` has an invalid format.", response.Errors![0]!["message"]!.GetValue<string>());
        Assert.Null(response.Data!["posts"]);
    }

    [Fact]
    public async Task A_cursor_issued_under_another_order_is_HC0078()
    {
        var client = api.CreateClient();
        var byTitle = await client.PostGraphQLAsync("{ posts(first: 2, order: [{ title: ASC }]) { pageInfo { endCursor } } }");
        var cursor = byTitle.DataWithoutErrors()["posts"]!["pageInfo"]!["endCursor"]!.GetValue<string>();

        var response = await client.PostGraphQLAsync("query($c: String) { posts(first: 2, after: $c, order: [{ publishedAt: DESC }]) { nodes { id } } }", new { c = cursor });

        Assert.Equal("HC0078", response.FirstErrorCode);
        Assert.Contains("this cursor was issued for a different order", response.Errors![0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_cursor_from_an_order_with_more_keys_says_it_was_issued_for_a_different_order()
    {
        var client = api.CreateClient();
        var twoKeys = await client.PostGraphQLAsync("{ posts(first: 2, order: [{ publishedAt: DESC }, { title: ASC }]) { pageInfo { endCursor } } }");
        var cursor = twoKeys.DataWithoutErrors()["posts"]!["pageInfo"]!["endCursor"]!.GetValue<string>();

        var response = await client.PostGraphQLAsync("query($c: String) { posts(first: 2, after: $c) { nodes { id } } }", new { c = cursor });

        Assert.Equal("HC0078", response.FirstErrorCode);
        Assert.Contains("this cursor was issued for a different order", response.Errors![0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_page_size_limit_comes_from_configuration()
    {
        using var limited = new CatalogApiFactory();
        limited.Settings["GraphQL:Catalog:Paging:MaxPageSize"] = "20";
        limited.Settings["GraphQL:Catalog:Paging:DefaultPageSize"] = "3";
        var client = limited.CreateClient();

        var tooMany = await client.PostGraphQLAsync("{ posts(first: 21) { totalCount } }");
        var byDefault = await client.PostGraphQLAsync("{ posts { nodes { id } } }");

        Assert.Equal("HC0051", tooMany.FirstErrorCode);
        Assert.Equal(20, tooMany.Errors![0]!["extensions"]!["maxAllowedItems"]!.GetValue<int>());
        Assert.Equal(3, byDefault.Ids("posts").Length);
    }

    private async Task<string[]> ExpectedIdsAsync(string order)
    {
        var oracle = await CatalogOracle.LoadAsync(api);
        return [.. PostOrders.All[order].Sort(oracle.Posts).Select(p => GlobalId.Format("Post", p.Id))];
    }

    private sealed record Page(string[] Ids, bool HasNextPage, bool HasPreviousPage);

    /// <summary>
    /// Requests <paramref name="connection"/> (which uses <c>$cursor</c>) page after page, following
    /// <paramref name="cursorField"/> of pageInfo until there is no page in that direction; at most 100 pages.
    /// </summary>
    private async Task<List<Page>> WalkAsync(string connection, string cursorField, string close = "", string[]? path = null)
    {
        path ??= ["posts"];
        var client = api.CreateClient();
        var query = $"query($cursor: String) {{ {connection} {{ nodes {{ id }} pageInfo {{ hasNextPage hasPreviousPage startCursor endCursor }} }} {close} }}";
        var pages = new List<Page>();
        string? cursor = null;
        while (pages.Count < 100)
        {
            var response = await client.PostGraphQLAsync(query, new { cursor });
            var data = path.Aggregate(response.DataWithoutErrors(), (node, field) => node[field]!);
            var info = data["pageInfo"]!;
            pages.Add(new Page(data["nodes"].Strings("id"), info["hasNextPage"]!.GetValue<bool>(), info["hasPreviousPage"]!.GetValue<bool>()));
            var more = cursorField == "endCursor" ? pages[^1].HasNextPage : pages[^1].HasPreviousPage;
            if (!more) break;
            cursor = info[cursorField]!.GetValue<string>();
        }
        return pages;
    }

    private static void AssertPageSizes(List<Page> pages, int pageSize, int total)
    {
        Assert.Equal((total + pageSize - 1) / pageSize, pages.Count);
        Assert.All(pages.SkipLast(1), p => Assert.Equal(pageSize, p.Ids.Length));
    }
}
