using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PostCatalog.GraphQL.Types.Relay;
using PostCatalog.Api.Tests.Infrastructure;
using Snapshooter.Xunit;

namespace PostCatalog.Api.Tests.Catalog;

/// <summary><c>order: [XSortInput!]</c>: entries apply in the order given; categories, tags and authors sort by their post count.</summary>
[Collection(CatalogApiCollection.Name)]
public sealed class SortingTests(CatalogApiFactory api)
{
    [Theory]
    [MemberData(nameof(PostOrders.Names), MemberType = typeof(PostOrders))]
    public async Task Posts_come_in_the_order_asked_for(string name)
    {
        var (order, sort) = PostOrders.All[name];
        var oracle = await CatalogOracle.LoadAsync(api);
        string[] expected = [.. sort(oracle.Posts).Select(p => GlobalId.Format("Post", p.Id))];

        var response = await api.CreateClient().PostGraphQLAsync($"{{ posts(first: 50, order: {order}) {{ nodes {{ id }} }} }}");

        Assert.Equal(expected, response.Ids("posts"));
    }

    [Theory]
    [MemberData(nameof(PostOrders.Names), MemberType = typeof(PostOrders))]
    public async Task Posts_come_in_the_order_asked_for_when_the_order_is_a_variable(string name)
    {
        var (order, sort) = PostOrders.All[name];
        var oracle = await CatalogOracle.LoadAsync(api);
        string[] expected = [.. sort(oracle.Posts).Select(p => GlobalId.Format("Post", p.Id))];

        var response = await api.CreateClient().PostGraphQLAsync(
            "query($order: [PostSortInput!]) { posts(first: 50, order: $order) { nodes { id } } }",
            new Dictionary<string, JsonNode?> { ["order"] = JsonNode.Parse(LiteralToJson(order)) });

        Assert.Equal(expected, response.Ids("posts"));
    }

    [Fact]
    public async Task Categories_by_post_count_then_name()
    {
        var oracle = await CatalogOracle.LoadAsync(api);
        string[] expected = [.. oracle.Categories.OrderByDescending(c => c.Posts.Count).ThenBy(c => c.Name, StringComparer.Ordinal)
            .Select(c => $"{c.Name}: {c.Posts.Count}")];

        var response = await api.CreateClient().PostGraphQLAsync(
            "{ categories(first: 50, order: [{ postCount: DESC }, { name: ASC }]) { nodes { name postCount } } }");

        var nodes = response.DataWithoutErrors()["categories"]!["nodes"]!.AsArray();
        Assert.Equal(expected, nodes.Select(n => $"{n!["name"]}: {n["postCount"]}"));
        Snapshot.Match(string.Join("\n", expected), "categories-by-post-count");
    }

    [Fact]
    public async Task Authors_by_post_count_then_name_descending()
    {
        var oracle = await CatalogOracle.LoadAsync(api);
        string[] expected = [.. oracle.Authors.OrderByDescending(a => a.Bylines.Count).ThenByDescending(a => a.Name, StringComparer.Ordinal)
            .Select(a => $"{a.Name}: {a.Bylines.Count}")];

        var response = await api.CreateClient().PostGraphQLAsync(
            "{ authors(first: 50, order: [{ postCount: DESC }, { name: DESC }]) { nodes { name postCount } } }");

        var nodes = response.DataWithoutErrors()["authors"]!["nodes"]!.AsArray();
        Assert.Equal(expected, nodes.Select(n => $"{n!["name"]}: {n["postCount"]}"));
        Assert.Equal("Mårten Schultzberg: 3", expected[0]);
    }

    [Fact]
    public async Task Tags_by_post_count_ascending_then_slug()
    {
        var oracle = await CatalogOracle.LoadAsync(api);
        string[] expected = [.. oracle.Tags.OrderBy(t => t.Posts.Count).ThenBy(t => t.Slug, StringComparer.Ordinal)
            .Select(t => $"{t.Slug}: {t.Posts.Count}")];

        var response = await api.CreateClient().PostGraphQLAsync(
            "{ tags(first: 50, order: [{ postCount: ASC }, { slug: ASC }]) { nodes { slug postCount } } }");

        var nodes = response.DataWithoutErrors()["tags"]!["nodes"]!.AsArray();
        Assert.Equal(expected, nodes.Select(n => $"{n!["slug"]}: {n["postCount"]}"));
    }

    /// <summary>The JSON a client sends for a sort literal: <c>{ title: ASC }</c> is <c>{"title":"ASC"}</c>.</summary>
    private static string LiteralToJson(string literal) =>
        Regex.Replace(Regex.Replace(literal, @"(\w+):", "\"$1\":"), @"\b(ASC|DESC)\b", "\"$1\"");
}
