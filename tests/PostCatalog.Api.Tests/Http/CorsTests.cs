using System.Net;

namespace PostCatalog.Api.Tests.Http;

/// <summary>The API allowing one front-end origin ("Cors:Origins").</summary>
public sealed class OneOriginApiFactory : Infrastructure.CatalogApiFactory
{
    public const string FrontEnd = "https://front.example";

    public OneOriginApiFactory() => Settings["Cors:Origins:0"] = FrontEnd;
}

/// <summary>Browser pages on another origin: preflight and simple requests, allowed only for the configured origins.</summary>
public sealed class CorsTests(OneOriginApiFactory api) : IClassFixture<OneOriginApiFactory>
{
    private readonly HttpClient _client = api.CreateClient();

    private static HttpRequestMessage Preflight(string origin) => new(HttpMethod.Options, "/graphql")
    {
        Headers =
        {
            { "Origin", origin },
            { "Access-Control-Request-Method", "POST" },
            { "Access-Control-Request-Headers", "content-type, graphql-cost" },
        },
    };

    [Fact]
    public async Task A_preflight_from_the_configured_origin_allows_POST_with_JSON()
    {
        var response = await _client.SendAsync(Preflight(OneOriginApiFactory.FrontEnd));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(OneOriginApiFactory.FrontEnd, response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("POST", response.Headers.GetValues("Access-Control-Allow-Methods").Single());
        Assert.Contains("content-type", response.Headers.GetValues("Access-Control-Allow-Headers").Single());
    }

    [Fact]
    public async Task A_preflight_from_another_origin_gets_no_permission()
    {
        var response = await _client.SendAsync(Preflight("https://elsewhere.example"));

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task A_cross_origin_GET_can_read_the_answer_and_its_ETag()
    {
        var (response, body) = await _client.GetGraphQLAsync(HttpRequests.Query(HttpRequests.SmallQuery),
            configure: r => r.Headers.Add("Origin", OneOriginApiFactory.FrontEnd));

        body.DataWithoutErrors();
        Assert.Equal(OneOriginApiFactory.FrontEnd, response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("ETag", response.Headers.GetValues("Access-Control-Expose-Headers").Single());
    }
}
