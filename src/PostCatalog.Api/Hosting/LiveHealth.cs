using PostCatalog.Api.Schema.Live;
using PostCatalog.GraphQL.AspNetCore;
using PostCatalog.GraphQL.Execution;

namespace PostCatalog.Api.Hosting;

/// <summary>
/// <c>GET /healthz/live</c>: what the live transports hold right now, as JSON, so a test (or an operator) can see that
/// subscriptions and connections come back to their baseline once clients leave: open subscriptions (source streams),
/// streaming connections (WebSockets and event streams), the change feed's subscribers (each one bounded buffer), and
/// the managed heap's size.
/// </summary>
public static class LiveHealth
{
    public const string Path = "/healthz/live";

    public static void MapLiveHealth(this WebApplication app) => app.MapGet(Path, (HttpContext context) =>
    {
        var services = context.RequestServices;
        return Results.Json(new
        {
            subscriptions = services.GetRequiredService<RequestExecutor>().ActiveSubscriptions,
            streamingConnections = services.GetRequiredService<StreamingConnections>().Open,
            catalogChangeSubscribers = services.GetRequiredService<CatalogChangeFeed>().Changes.SubscriberCount,
            managedHeapBytes = GC.GetTotalMemory(forceFullCollection: false),
        });
    });
}
