using PostCatalog.Api.Tests.Infrastructure;

namespace PostCatalog.Api.Tests.Generation;

/// <summary>A generated catalog served by the API: connections, search, facets and deep cursor pages all work on it.</summary>
public sealed class GeneratedCatalogQueryTests(GeneratedCatalogFactory api) : IClassFixture<GeneratedCatalogFactory>
{
    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task Posts_categories_and_the_missing_import_report_are_served()
    {
        var data = (await _client.PostGraphQLAsync("""
            { posts(first: 3, order: [{ publishedAt: DESC }]) { totalCount nodes { title slug publishedAt categories { slug } bylines { role author { name } } sources { document } } }
              categories { totalCount }
              lastImport { startedAt } }
            """)).DataWithoutErrors();

        Assert.Equal(GeneratedCatalogFactory.Posts, data["posts"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(18, data["categories"]!["totalCount"]!.GetValue<int>());
        Assert.Equal("2025-09-30", data["posts"]!["nodes"]![0]!["publishedAt"]!.GetValue<string>());
        Assert.All(data["posts"]!["nodes"]!.AsArray(), p =>
        {
            Assert.NotEmpty(p!["categories"]!.AsArray());
            Assert.NotEmpty(p["bylines"]!.AsArray());
            Assert.NotEmpty(p["sources"]!.AsArray());
        });
        Assert.Null(data["lastImport"]);
    }

    [Fact]
    public async Task Search_and_facets_agree_with_the_filtered_posts()
    {
        var data = (await _client.PostGraphQLAsync("""
            { searchPosts(query: "spotify", first: 5) { totalCount nodes { score titleHighlight post { title } } }
              postFacets(where: { publishedAt: { gte: "2020-01-01" } }) { years { value count } categories { count } }
              since2020: posts(where: { publishedAt: { gte: "2020-01-01" } }) { totalCount } }
            """)).DataWithoutErrors();

        Assert.True(data["searchPosts"]!["totalCount"]!.GetValue<int>() > 5);
        Assert.Equal(5, data["searchPosts"]!["nodes"]!.AsArray().Count);
        var since2020 = data["since2020"]!["totalCount"]!.GetValue<int>();
        Assert.Equal(since2020, data["postFacets"]!["years"]!.AsArray().Sum(y => y!["count"]!.GetValue<int>()));
        Assert.True(data["postFacets"]!["categories"]!.AsArray().Sum(c => c!["count"]!.GetValue<int>()) >= since2020);
    }

    [Fact]
    public async Task Walking_search_pages_deep_into_a_large_result_neither_repeats_nor_loses_a_post()
    {
        var seen = new HashSet<string>();
        string? after = null;
        int total = 0, pages = 0;
        do
        {
            var result = (await _client.PostGraphQLAsync("""
                query($after: String) { searchPosts(query: "data", first: 50, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { post { id } } } }
                """, new { after })).DataWithoutErrors()["searchPosts"]!;
            total = result["totalCount"]!.GetValue<int>();
            foreach (var node in result["nodes"]!.AsArray()) Assert.True(seen.Add(node!["post"]!["id"]!.GetValue<string>()), "a post came twice");
            after = result["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? result["pageInfo"]!["endCursor"]!.GetValue<string>() : null;
            pages++;
        } while (after is not null && pages < 200);

        Assert.True(pages > 5, $"expected a result of many pages, got {pages}");
        Assert.Equal(total, seen.Count);
    }
}
