using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using PostCatalog.Api.Tests.Infrastructure;

namespace PostCatalog.Api.Tests.Http;

/// <summary>The API with Banana Cake Pop's files where the build installs them (the test binaries' folder has no bcp/).</summary>
public sealed class IdeApiFactory : CatalogApiFactory
{
    public IdeApiFactory() => Settings["GraphQL:Server:Tool:FilesPath"] =
        RepositoryRoot.Combine("src", "PostCatalog.Api", "ide", "node_modules", "@chillicream", "bananacakepop-graphql-ide");
}

/// <summary>Cacheable GETs (ETag, If-None-Match, Cache-Control), the SDL download, and Banana Cake Pop's entry points.</summary>
public sealed class CachingAndDownloadTests(IdeApiFactory api) : IClassFixture<IdeApiFactory>
{
    private readonly HttpClient _client = api.CreateClient(new() { AllowAutoRedirect = false });

    [Fact]
    public async Task A_GET_query_has_an_ETag_and_the_same_ETag_in_If_None_Match_gives_304_without_a_body()
    {
        var (first, _) = await _client.GetGraphQLAsync(HttpRequests.Query(HttpRequests.SmallQuery));
        var etag = first.Headers.ETag!;

        var (second, _) = await _client.GetGraphQLAsync(HttpRequests.Query(HttpRequests.SmallQuery),
            configure: r => r.Headers.IfNoneMatch.Add(etag));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("public, max-age=60", first.Headers.CacheControl?.ToString());
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Equal(etag, second.Headers.ETag);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_stale_ETag_gets_the_full_answer()
    {
        var (response, body) = await _client.GetGraphQLAsync(HttpRequests.Query(HttpRequests.SmallQuery),
            configure: r => r.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"stale\"")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        body.DataWithoutErrors();
    }

    [Fact]
    public async Task POST_answers_and_GET_errors_are_not_cached()
    {
        var (post, _) = await _client.PostJsonAsync($$"""{"query":"{{HttpRequests.SmallQuery}}"}""");
        var (failed, _) = await _client.GetGraphQLAsync(HttpRequests.Query("{ nope }"));

        Assert.Null(post.Headers.ETag);
        Assert.Null(failed.Headers.ETag);
        Assert.True(failed.Headers.CacheControl?.NoStore);
    }

    [Theory]
    [InlineData("/graphql?sdl")]
    [InlineData("/graphql/schema.graphql")]
    public async Task The_SDL_downloads_as_schema_graphql_with_an_ETag(string path)
    {
        var response = await _client.GetAsync(path);
        var sdl = await response.Content.ReadAsStringAsync();
        using var revalidate = new HttpRequestMessage(HttpMethod.Get, path) { Headers = { IfNoneMatch = { response.Headers.ETag! } } };
        var notModified = await _client.SendAsync(revalidate);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/graphql; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("schema.graphql", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Contains("type Query {", sdl);
        Assert.Contains("posts(", sdl);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
    }

    [Fact]
    public async Task A_browser_GETting_the_endpoint_is_redirected_to_the_IDE_folder_which_serves_its_page()
    {
        using var open = new HttpRequestMessage(HttpMethod.Get, "/graphql") { Headers = { { "Accept", "text/html,application/xhtml+xml" } } };
        var redirect = await _client.SendAsync(open);
        using var follow = new HttpRequestMessage(HttpMethod.Get, redirect.Headers.Location) { Headers = { { "Accept", "text/html" } } };
        var page = await _client.SendAsync(follow);

        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.Equal("/graphql/", redirect.Headers.Location?.ToString());
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<div id=\"root\">", await page.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_IDE_configuration_points_it_at_the_endpoint_it_was_loaded_from()
    {
        var response = await _client.GetAsync("/graphql/bcp-config.json");
        var config = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(config["useBrowserUrlAsEndpoint"]!.GetValue<bool>());
        Assert.Equal("PostCatalog", config["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task Unknown_files_under_the_endpoint_are_404()
    {
        var response = await _client.GetAsync("/graphql/no-such-file.js");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
