using Microsoft.Extensions.DependencyInjection;
using PostCatalog.Api.Tests.Http;
using PostCatalog.Api.Tests.Infrastructure;
using PostCatalog.GraphQL.AspNetCore.Memory;

namespace PostCatalog.Api.Tests.Reliability;

/// <summary>The API counting 10 KB as a large request and returning memory after 300 ms without one.</summary>
public sealed class QuickMemoryReturnApiFactory : CatalogApiFactory
{
    public QuickMemoryReturnApiFactory()
    {
        Settings["GraphQL:Server:Memory:LargeRequestBytes"] = "10000";
        Settings["GraphQL:Server:Memory:QuietPeriod"] = "00:00:00.300";
    }
}

/// <summary>After a burst of large requests the endpoint runs one full collection, once the burst is over; small requests never do.</summary>
public sealed class MemoryReturnTests(QuickMemoryReturnApiFactory api) : IClassFixture<QuickMemoryReturnApiFactory>
{
    [Fact]
    public async Task A_burst_of_large_requests_is_followed_by_one_collection_once_it_is_over()
    {
        var client = api.CreateClient();
        var memory = api.Services.GetRequiredService<MemoryReturner>();
        for (var i = 0; i < 20; i++) await client.PostGraphQLAsync(HttpRequests.SmallQuery);
        await Task.Delay(600);
        Assert.Equal(0, memory.Collections);

        var large = "query($q: String!) { searchPosts(query: $q) { totalCount } }";
        for (var i = 0; i < 5; i++) await client.PostGraphQLAsync(large, new { q = new string('x', 20_000) });
        Assert.Equal(0, memory.Collections); // not during the burst

        for (var i = 0; i < 50 && memory.Collections == 0; i++) await Task.Delay(100);
        Assert.Equal(1, memory.Collections);
        await client.AssertStillServingAsync();
    }
}
