using System.Net;
using PostCatalog.Api.Tests.Infrastructure;

namespace PostCatalog.Api.Tests.Http;

/// <summary>The API with introspection turned off ("GraphQL:Execution:EnableIntrospection").</summary>
public sealed class NoIntrospectionApiFactory : CatalogApiFactory
{
    public NoIntrospectionApiFactory() => Settings["GraphQL:Execution:EnableIntrospection"] = "false";
}

public sealed class IntrospectionSwitchTests(NoIntrospectionApiFactory api) : IClassFixture<NoIntrospectionApiFactory>
{
    [Fact]
    public async Task With_introspection_off_schema_queries_get_HC0046_and_data_queries_still_run()
    {
        var client = api.CreateClient();

        var introspection = await client.PostGraphQLAsync("{ __schema { queryType { name } } }");

        Assert.Equal(HttpStatusCode.BadRequest, introspection.Status);
        Assert.Equal("HC0046", introspection.FirstErrorCode);
        Assert.Equal("Introspection is not allowed for the current request.", introspection.Errors![0]!["message"]!.GetValue<string>());
        await client.AssertStillServingAsync();
    }
}
