using System.Net;
using System.Text.Json.Nodes;
using PostCatalog.Api.Tests.Infrastructure;

namespace PostCatalog.Api.Tests.Http;

/// <summary>
/// The cost analysis prices the work a request causes: a field fetched in one batch for a whole page (a DataLoader,
/// a nested connection's one statement per level) costs once per selection path, not once per parent, while the type
/// cost still counts every object the response can hold. So ordinary front-end pages pass the default limits
/// (HotChocolate 14 refuses both below), and fan-outs are still refused.
/// </summary>
public sealed class CostOfCatalogQueriesTests(CatalogApiFactory api) : IClassFixture<CatalogApiFactory>
{
    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task A_full_page_of_posts_with_categories_and_bylines_passes_the_default_limits()
    {
        // HotChocolate prices this at 1,522 and refuses it; it is 4 statements at any page size.
        var (status, cost) = await CostOfAsync("{ posts(first: 50) { nodes { title categories { name } bylines { role author { name } } } } }");

        Assert.Equal(HttpStatusCode.OK, status);
        // posts 10 + nodes 1 + categories 10 + bylines 10, once each, + author (read in memory, 1) x 50 bylines.
        Assert.Equal(81, cost["fieldCost"]!.GetValue<double>());
        // Query + connection + 50 x (post + category + byline + author).
        Assert.Equal(202, cost["typeCost"]!.GetValue<double>());
    }

    [Fact]
    public async Task A_category_landing_page_with_five_posts_each_passes_the_default_limits()
    {
        // HotChocolate prices this at 1,231 and refuses it; it is 3 statements for 20 categories or 2.
        var (status, cost) = await CostOfAsync("{ categories(first: 20) { nodes { name posts(first: 5) { nodes { title authors { name } } } } } }");

        Assert.Equal(HttpStatusCode.OK, status);
        // categories 10 + nodes 1 + posts 10 (one statement for every category) + its nodes 1 (batched with it) + authors 10.
        Assert.Equal(32, cost["fieldCost"]!.GetValue<double>());
        // Query + connection + 20 x (category + connection + 5 x (post + author)).
        Assert.Equal(242, cost["typeCost"]!.GetValue<double>());
    }

    [Fact]
    public async Task A_three_level_fan_out_is_still_refused()
    {
        var (status, cost) = await CostOfAsync("""
            { posts(first: 50) { nodes { categories { posts(first: 50) { nodes { categories { posts(first: 50) { nodes { title } } } } } } } } }
            """);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.True(cost["typeCost"]!.GetValue<double>() > 100_000);
    }

    [Fact]
    public async Task A_where_sent_as_a_variable_costs_what_the_same_where_written_inline_costs()
    {
        var (_, inline) = await CostOfAsync("""{ posts(first: 5, where: { title: { contains: "data" }, authors: { some: { slug: { eq: "a" } } } }) { nodes { title } } }""");
        var (_, variable) = await CostOfAsync(
            "query($where: PostFilterInput) { posts(first: 5, where: $where) { nodes { title } } }",
            new { where = new { title = new { contains = "data" }, authors = new { some = new { slug = new { eq = "a" } } } } });

        Assert.Equal(inline.ToJsonString(), variable.ToJsonString());
        // posts 10 + nodes 1 + where 10 + title 1 + contains 20 + authors 1 + some 1 + slug 1 + eq 10: the value sent,
        // not the input type's recursive worst case.
        Assert.Equal(55, variable["fieldCost"]!.GetValue<double>());
    }

    private async Task<(HttpStatusCode Status, JsonNode Cost)> CostOfAsync(string query, object? variables = null)
    {
        var body = System.Text.Json.JsonSerializer.Serialize(new { query, variables });
        var (response, result) = await _client.PostJsonAsync(body, configure: r => r.Headers.Add("GraphQL-Cost", "report"));
        var cost = result.Body["extensions"]?["operationCost"] ?? result.Errors![0]!["extensions"]!;
        return (response.StatusCode, cost);
    }
}
