using PostCatalog.Api.Tests.Infrastructure;
using PostCatalog.Import.Reconciliation;

namespace PostCatalog.Api.Tests.Import;

/// <summary>Every post can be found by <c>post(slug:)</c>: a post no document gives a URL for has its title's slug.</summary>
public sealed class DerivedSlugTests(CatalogApiFactory api) : IClassFixture<CatalogApiFactory>
{
    [Fact]
    public async Task Every_post_is_found_by_its_slug_and_posts_without_a_url_have_the_slug_of_their_title()
    {
        var client = api.CreateClient();
        var posts = (await client.PostGraphQLAsync("{ posts(first: 50) { nodes { id title slug url } } }"))
            .DataWithoutErrors()["posts"]!["nodes"]!.AsArray().Select(p => p!).ToList();

        Assert.Equal(36, posts.Count);
        Assert.Equal(posts.Count, posts.Select(p => p["slug"]!.GetValue<string>()).Distinct().Count());
        var withoutUrl = posts.Where(p => p["url"] is null).ToList();
        Assert.Equal(12, withoutUrl.Count);
        Assert.All(withoutUrl, p => Assert.StartsWith(Slugs.Slugify(p["title"]!.GetValue<string>()), p["slug"]!.GetValue<string>()));
        foreach (var post in posts)
        {
            var found = (await client.PostGraphQLAsync($$"""{ post(slug: "{{post["slug"]!.GetValue<string>()}}") { id url } }""")).DataWithoutErrors()["post"]!;
            Assert.Equal(post["id"]!.GetValue<string>(), found["id"]!.GetValue<string>());
            Assert.Null(post["url"] is null ? found["url"] : null);
        }
    }

    [Fact]
    public async Task The_slug_of_a_post_without_a_url_is_written_as_WordPress_would()
    {
        var found = (await api.CreateClient().PostGraphQLAsync("""{ post(slug: "beyond-winning-spotifys-experiments-with-learning-framework") { title url } }""")).DataWithoutErrors()["post"]!;

        Assert.Equal("Beyond Winning: Spotify’s Experiments with Learning Framework", found["title"]!.GetValue<string>());
        Assert.Null(found["url"]);
    }
}
