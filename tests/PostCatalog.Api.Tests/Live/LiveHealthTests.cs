using System.Net.Http.Json;
using System.Text.Json.Nodes;
using PostCatalog.Api.Tests.Infrastructure;

namespace PostCatalog.Api.Tests.Live;

/// <summary>
/// <c>GET /healthz/live</c> shows what the live transports hold; a forced collection before measuring the heap is an
/// operator's switch (<c>Health:Live:AllowCollect</c>), never something any client can make the server do.
/// </summary>
public sealed class LiveHealthTests
{
    [Fact]
    public async Task Live_health_shows_no_subscriptions_and_ignores_collect_by_default()
    {
        using var api = new CatalogApiFactory();
        var health = await GetAsync(api, "/healthz/live?collect=true");

        Assert.Equal(0, health["subscriptions"]!.GetValue<int>());
        Assert.Equal(0, health["streamingConnections"]!.GetValue<int>());
        Assert.False(health["collected"]!.GetValue<bool>());
        Assert.True(health["managedHeapBytes"]!.GetValue<long>() > 0);
    }

    [Fact]
    public async Task Live_health_measures_the_heap_after_a_full_collection_where_the_operator_allows_it()
    {
        using var api = new CatalogApiFactory();
        api.Settings["Health:Live:AllowCollect"] = "true";

        Assert.True((await GetAsync(api, "/healthz/live?collect=true"))["collected"]!.GetValue<bool>());
        Assert.False((await GetAsync(api, "/healthz/live"))["collected"]!.GetValue<bool>());
    }

    private static async Task<JsonNode> GetAsync(CatalogApiFactory api, string path) =>
        (await api.CreateClient().GetFromJsonAsync<JsonNode>(path))!;
}
