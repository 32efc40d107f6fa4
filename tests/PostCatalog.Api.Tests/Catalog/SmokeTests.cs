using PostCatalog.Api.Tests.Infrastructure;

namespace PostCatalog.Api.Tests.Catalog;

public sealed class SmokeTests(CatalogApiFactory api) : IClassFixture<CatalogApiFactory>
{
    [Fact]
    public async Task Newest_posts_come_with_their_categories_and_authors()
    {
        var client = api.CreateClient();

        var response = await client.PostGraphQLAsync("""
            { posts(first: 2, order: [{ publishedAt: DESC }]) { totalCount nodes { title publishedAt authors { name } } } }
            """);

        var posts = response.DataWithoutErrors()["posts"]!;
        Assert.Equal(36, posts["totalCount"]!.GetValue<int>());
        Assert.Equal("Beyond Winning: Spotify’s Experiments with Learning Framework", posts["nodes"]![0]!["title"]!.GetValue<string>());
        Assert.Equal("2025-09-23", posts["nodes"]![0]!["publishedAt"]!.GetValue<string>());
        Assert.Equal(3, posts["nodes"]![0]!["authors"]!.AsArray().Count);
    }

    [Fact]
    public async Task Health_endpoint_answers_once_the_catalog_is_open()
    {
        var response = await api.CreateClient().GetAsync("/healthz");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }
}
