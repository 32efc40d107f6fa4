namespace PostCatalog.Api.Schema.Live;

public static class LiveServices
{
    /// <summary>The change feed behind the subscriptions, woken by the catalog's version (another source may replace it).</summary>
    public static IServiceCollection AddCatalogLiveFeed(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<LiveCatalogOptions>(configuration.GetSection(LiveCatalogOptions.Section));
        services.AddSingleton<ICatalogCommitSource, PollingCommitSource>();
        services.AddSingleton<CatalogChangeFeed>();
        services.AddHostedService(sp => sp.GetRequiredService<CatalogChangeFeed>());
        return services;
    }
}
