using PostCatalog.Api.Schema.Live;
using PostCatalog.GraphQL.AspNetCore;
using PostCatalog.GraphQL.Execution;

namespace PostCatalog.Api.Hosting;

/// <summary>
/// <c>GET /healthz/live</c>: what the live transports hold right now, as JSON, so a test (or an operator) can see that
/// subscriptions and connections come back to their baseline once clients leave: open subscriptions (source streams),
/// streaming connections (WebSockets and event streams), the change feed's subscribers (each one bounded buffer), and
/// the managed heap's size. With <c>?collect=true</c>, and only where <c>Health:Live:AllowCollect</c> is on (off by
/// default: a full blocking collection on demand would let any client stall the server), the heap is measured after
/// full collections, so a leak test can compare live memory rather than garbage not yet collected.
/// </summary>
public static class LiveHealth
{
    public const string Path = "/healthz/live";
    public const string AllowCollectKey = "Health:Live:AllowCollect";

    public static void MapLiveHealth(this WebApplication app)
    {
        var allowCollect = app.Configuration.GetValue(AllowCollectKey, defaultValue: false);
        app.MapGet(Path, (HttpContext context, bool? collect) =>
        {
            var services = context.RequestServices;
            var collected = collect == true && allowCollect;
            return Results.Json(new
            {
                subscriptions = services.GetRequiredService<RequestExecutor>().ActiveSubscriptions,
                streamingConnections = services.GetRequiredService<StreamingConnections>().Open,
                catalogChangeSubscribers = services.GetRequiredService<CatalogChangeFeed>().Changes.SubscriberCount,
                // forceFullCollection collects (and waits for finalizers) until the figure settles.
                managedHeapBytes = GC.GetTotalMemory(forceFullCollection: collected),
                collected,
            });
        });
    }
}
