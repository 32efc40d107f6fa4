using PostCatalog.Api.Schema.Memo;
using PostCatalog.Catalog;

namespace PostCatalog.Api.Schema.Live;

public static class LiveServices
{
    /// <summary>The change feed behind the subscriptions, woken by the catalog's version: polled on SQLite, notified on PostgreSQL.</summary>
    public static IServiceCollection AddCatalogLiveFeed(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<LiveCatalogOptions>(configuration.GetSection(LiveCatalogOptions.Section));
        // SQLite has no notification: poll its change counter. PostgreSQL's listener announces every commit.
        services.AddSingleton<ICatalogCommitSource>(sp => sp.GetRequiredService<CatalogDatabase>().Provider == CatalogProvider.PostgreSQL
            ? new NotifiedCommitSource(sp.GetRequiredService<ICatalogVersion>())
            : ActivatorUtilities.CreateInstance<PollingCommitSource>(sp));
        services.AddSingleton<CatalogChangeFeed>();
        services.AddHostedService(sp => sp.GetRequiredService<CatalogChangeFeed>());
        return services;
    }
}
