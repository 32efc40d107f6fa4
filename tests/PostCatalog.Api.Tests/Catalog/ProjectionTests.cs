using System.Text.Json.Nodes;
using PostCatalog.Api.Tests.Infrastructure;

namespace PostCatalog.Api.Tests.Catalog;

/// <summary>
/// A page of posts reads only the columns its selection needs, at the root and nested under a parent or a list (the
/// page statement is pinned in <c>Sql/__snapshots__/representative-page-query.snap</c>; the nested ones in
/// <c>SqlStatementCountTests</c>). What a client sees must not change: every field of a post on a projected page
/// equals the same post fetched whole by <c>post(slug:)</c>.
/// </summary>
[Collection(CatalogApiCollection.Name)]
public sealed class ProjectionTests(CatalogApiFactory api)
{
    private const string EveryPostField = """
        id title slug url wordPressId publishedAt excerpt isExcerptTruncated thumbnailUrl
        categories { slug } tags { slug } authors { slug } bylines { role position author { slug } } sources { document position }
        """;

    [Fact]
    public async Task Every_field_of_a_projected_page_equals_the_post_fetched_whole()
    {
        var client = api.CreateClient();
        var page = (await client.PostGraphQLAsync($"{{ posts(first: 50, order: [{{ publishedAt: DESC }}]) {{ nodes {{ {EveryPostField} }} }} }}"))
            .DataWithoutErrors()["posts"]!["nodes"]!.AsArray();

        await AssertEachEqualsThePostFetchedWholeAsync(client, [.. page]);
    }

    [Theory]
    [InlineData("{ category(slug: \"data-science\") { posts(first: 10) { nodes { FIELDS } } } }")]
    [InlineData("{ categories(first: 4) { nodes { posts(first: 5) { nodes { FIELDS } } } } }")]
    [InlineData("{ categories(first: 4) { nodes { posts(last: 3, order: [{ title: ASC }]) { nodes { FIELDS } } } } }")]
    public async Task Every_field_of_a_projected_nested_page_equals_the_post_fetched_whole(string query)
    {
        var client = api.CreateClient();
        var data = (await client.PostGraphQLAsync(query.Replace("FIELDS", EveryPostField))).DataWithoutErrors();
        var pages = data["category"] is { } category ? [category] : data["categories"]!["nodes"]!.AsArray().ToList();
        var posts = pages.SelectMany(parent => parent!["posts"]!["nodes"]!.AsArray()).ToList();

        await AssertEachEqualsThePostFetchedWholeAsync(client, posts);
    }

    private static async Task AssertEachEqualsThePostFetchedWholeAsync(HttpClient client, IReadOnlyList<JsonNode?> posts)
    {
        Assert.NotEmpty(posts);
        foreach (var post in posts)
        {
            var slug = post!["slug"]!.GetValue<string>();
            var whole = (await client.PostGraphQLAsync($"query($slug: String) {{ post(slug: $slug) {{ {EveryPostField} }} }}", new { slug }))
                .DataWithoutErrors()["post"]!;
            Assert.True(JsonNode.DeepEquals(whole, post), $"{slug}: {post.ToJsonString()} != {whole.ToJsonString()}");
        }
    }

    [Fact]
    public async Task A_page_of_single_fields_reads_each_field_as_it_is()
    {
        var client = api.CreateClient();
        var full = (await client.PostGraphQLAsync($"{{ posts(first: 20) {{ nodes {{ {EveryPostField} }} }} }}")).DataWithoutErrors()["posts"]!["nodes"]!.AsArray();

        // One field at a time: each page reads that field's column alone (plus the id), and must say the same.
        foreach (var field in new[] { "title", "slug", "url", "wordPressId", "publishedAt", "excerpt", "isExcerptTruncated", "thumbnailUrl" })
        {
            var single = (await client.PostGraphQLAsync($"{{ posts(first: 20) {{ nodes {{ {field} }} }} }}")).DataWithoutErrors()["posts"]!["nodes"]!.AsArray();
            Assert.Equal(full.Select(p => p![field]?.ToJsonString()), single.Select(p => p![field]?.ToJsonString()));
        }
    }
}
