using System.Net;
using PostCatalog.Api.Tests.Infrastructure;

namespace PostCatalog.Api.Tests.Http;

/// <summary>The API with introspection turned off ("GraphQL:Execution:EnableIntrospection").</summary>
public sealed class NoIntrospectionApiFactory : CatalogApiFactory
{
    public NoIntrospectionApiFactory() => Settings["GraphQL:Execution:EnableIntrospection"] = "false";
}

/// <summary>Introspection off, but the SDL download kept on purpose ("GraphQL:Server:AllowSchemaDownloadWithoutIntrospection").</summary>
public sealed class NoIntrospectionWithDownloadApiFactory : CatalogApiFactory
{
    public NoIntrospectionWithDownloadApiFactory()
    {
        Settings["GraphQL:Execution:EnableIntrospection"] = "false";
        Settings["GraphQL:Server:AllowSchemaDownloadWithoutIntrospection"] = "true";
    }
}

public sealed class IntrospectionSwitchTests(NoIntrospectionApiFactory api) : IClassFixture<NoIntrospectionApiFactory>
{
    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task With_introspection_off_schema_queries_get_HC0046_and_data_queries_still_run()
    {
        var introspection = await _client.PostGraphQLAsync("{ __schema { queryType { name } } }");

        Assert.Equal(HttpStatusCode.BadRequest, introspection.Status);
        Assert.Equal("HC0046", introspection.FirstErrorCode);
        Assert.Equal("Introspection is not allowed for the current request.", introspection.Errors![0]!["message"]!.GetValue<string>());
        Assert.False(introspection.Body.ContainsKey("data"));
        await _client.AssertStillServingAsync();
    }

    // GraphQL over HTTP: a request error (nothing executed) is 400 in application/graphql-response+json, 200 in application/json.
    [Theory]
    [InlineData("application/graphql-response+json", HttpStatusCode.BadRequest)]
    [InlineData("application/json", HttpStatusCode.OK)]
    [InlineData(null, HttpStatusCode.OK)]
    public async Task HC0046_has_the_status_of_a_request_error_in_each_format(string? accept, HttpStatusCode expected)
    {
        var (response, body) = await _client.PostJsonAsync("""{"query":"{ __type(name: \"Post\") { name } }"}""", accept);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("HC0046", body.FirstErrorCode);
    }

    [Fact]
    public async Task With_introspection_off_typename_still_works()
    {
        var response = await _client.PostGraphQLAsync("{ __typename }");

        Assert.Equal("Query", response.DataWithoutErrors()["__typename"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("/graphql?sdl")]
    [InlineData("/graphql/schema.graphql")]
    public async Task With_introspection_off_the_schema_download_is_404(string path)
    {
        var response = await _client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("type Query", await response.Content.ReadAsStringAsync());
    }
}

public sealed class SchemaDownloadWithoutIntrospectionTests(NoIntrospectionWithDownloadApiFactory api) : IClassFixture<NoIntrospectionWithDownloadApiFactory>
{
    [Theory]
    [InlineData("/graphql?sdl")]
    [InlineData("/graphql/schema.graphql")]
    public async Task The_separate_option_keeps_the_download_while_introspection_stays_off(string path)
    {
        var client = api.CreateClient();

        var download = await client.GetAsync(path);
        var introspection = await client.PostGraphQLAsync("{ __schema { queryType { name } } }");

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Contains("type Query", await download.Content.ReadAsStringAsync());
        Assert.Equal("HC0046", introspection.FirstErrorCode);
    }
}
