using System.Net;
using PostCatalog.Api.Tests.Infrastructure;

namespace PostCatalog.Api.Tests.Http;

/// <summary>The API built without Node (no Banana Cake Pop files): a browser learns how to install the IDE; clients are unaffected.</summary>
public sealed class MissingIdeTests : IDisposable
{
    private readonly CatalogApiFactory _api = new();
    private readonly string _missing = Path.Combine(Path.GetTempPath(), "no-bcp-" + Guid.NewGuid().ToString("N"));

    public MissingIdeTests() => _api.Settings["GraphQL:Server:Tool:FilesPath"] = _missing;

    [Fact]
    public async Task A_browser_gets_a_page_saying_how_to_install_the_IDE_not_a_406()
    {
        var client = _api.CreateClient(new() { AllowAutoRedirect = false });
        using var open = new HttpRequestMessage(HttpMethod.Get, "/graphql") { Headers = { { "Accept", "text/html,application/xhtml+xml" } } };
        var redirect = await client.SendAsync(open);
        using var follow = new HttpRequestMessage(HttpMethod.Get, redirect.Headers.Location) { Headers = { { "Accept", "text/html" } } };
        var page = await client.SendAsync(follow);
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Banana Cake Pop is not installed", html);
        Assert.Contains(_missing, html);
        Assert.Contains("npm", html);
        Assert.Contains("dotnet build src/PostCatalog.Api", html);
    }

    [Fact]
    public async Task GraphQL_clients_are_answered_as_usual()
    {
        var response = await _api.CreateClient().PostGraphQLAsync("{ posts(first: 1) { totalCount } }");

        Assert.Equal(36, response.DataWithoutErrors()["posts"]!["totalCount"]!.GetValue<int>());
    }

    public void Dispose() => _api.Dispose();
}
