using System.Text.Json.Nodes;
using PostCatalog.Api.Tests.Infrastructure;

namespace PostCatalog.Api.Tests.Catalog;

/// <summary>
/// A connection nested under a list (<c>categories { nodes { posts(...) } }</c>) is sent as one statement for every
/// parent; what each parent gets must be exactly what the root connection gives for the same posts: the same nodes in
/// the same order, the same cursors, <c>totalCount</c> and <c>pageInfo</c>, forward and backward, filtered and sorted.
/// </summary>
[Collection(CatalogApiCollection.Name)]
public sealed class NestedConnectionTests(CatalogApiFactory api)
{
    private const string Page = "totalCount nodes { id title } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }";

    /// <summary>Each parent list, and the root filter that selects the same posts as a parent's <c>posts</c>.</summary>
    public static readonly Dictionary<string, Func<string, string>> Parents = new()
    {
        ["categories"] = slug => $"categories: {{ some: {{ slug: {{ eq: \"{slug}\" }} }} }}",
        ["tags"] = slug => $"tags: {{ some: {{ slug: {{ eq: \"{slug}\" }} }} }}",
        ["authors"] = slug => $"authors: {{ some: {{ slug: {{ eq: \"{slug}\" }} }} }}",
    };

    public static TheoryData<string, string, string> Cases()
    {
        var cases = new TheoryData<string, string, string>();
        foreach (var parent in Parents.Keys)
        {
            cases.Add(parent, "first: 3", "null");
            cases.Add(parent, "first: 2", "[{ title: ASC }]");
            cases.Add(parent, "last: 2", "[{ publishedAt: DESC }]");
            cases.Add(parent, "first: 20", "[{ wordPressId: DESC }]");
        }

        cases.Add("categories", "first: 3, where: { title: { contains: \"a\" } }", "[{ publishedAt: ASC }]");
        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Every_parent_gets_the_page_the_root_connection_gives_for_its_posts(string parent, string paging, string order)
    {
        var nested = await NestedPagesAsync(parent, $"{paging}, order: {order}");

        foreach (var (slug, page) in nested)
        {
            Assert.Equal(await RootPageAsync(parent, slug, paging, order), page.ToJsonString());
        }
    }

    [Theory]
    [InlineData("categories", "after")]
    [InlineData("categories", "before")]
    [InlineData("authors", "after")]
    [InlineData("tags", "before")]
    public async Task A_cursor_pages_every_parent_from_the_same_place_as_the_root_connection(string parent, string direction)
    {
        // A cursor names a place in the ordering, not a parent: the 12th newest post seen by the root connection.
        var all = await api.CreateClient().PostGraphQLAsync("{ posts(first: 12) { edges { cursor } } }");
        var cursor = all.DataWithoutErrors()["posts"]!["edges"]!.AsArray()[^1]!["cursor"]!.GetValue<string>();
        var paging = direction == "after" ? $"first: 4, after: \"{cursor}\"" : $"last: 4, before: \"{cursor}\"";

        var nested = await NestedPagesAsync(parent, paging);

        Assert.Contains(nested, p => p.Page["nodes"]!.AsArray().Count > 0);
        foreach (var (slug, page) in nested)
        {
            Assert.Equal(await RootPageAsync(parent, slug, paging, order: null), page.ToJsonString());
        }
    }

    private async Task<List<(string Slug, JsonNode Page)>> NestedPagesAsync(string parent, string arguments)
    {
        var response = await api.CreateClient().PostGraphQLAsync($"{{ {parent}(first: 20) {{ nodes {{ slug posts({arguments}) {{ {Page} }} }} }} }}");
        var nodes = response.DataWithoutErrors()[parent]!["nodes"]!.AsArray();
        Assert.NotEmpty(nodes);
        return [.. nodes.Select(n => (n!["slug"]!.GetValue<string>(), n["posts"]!))];
    }

    private async Task<string> RootPageAsync(string parent, string slug, string paging, string? order)
    {
        // The parent's own filter, AND the client's where when the paging arguments carry one.
        var where = Parents[parent](slug);
        var arguments = paging;
        var clientWhere = paging.IndexOf("where: ", StringComparison.Ordinal);
        if (clientWhere >= 0)
        {
            arguments = paging[..clientWhere].TrimEnd(' ', ',');
            where = $"and: [{{ {where} }}, {paging[(clientWhere + "where: ".Length)..]}]";
        }

        var orderArgument = order is null ? "" : $", order: {order}";
        var response = await api.CreateClient().PostGraphQLAsync($"{{ posts({arguments}, where: {{ {where} }}{orderArgument}) {{ {Page} }} }}");
        return response.DataWithoutErrors()["posts"]!.ToJsonString();
    }
}
