using PostCatalog.Catalog;
using PostCatalog.GraphQL.Data.Memo;

namespace PostCatalog.Api.Schema.Memo;

public static class MemoServices
{
    /// <summary>The catalog's version (per provider) and the memo of counts and facets keyed by it.</summary>
    public static IServiceCollection AddCatalogMemo(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<CatalogMemoOptions>(configuration.GetSection(CatalogMemoOptions.Section));
        services.AddSingleton<SqliteCatalogVersion>();
        services.AddSingleton<PostgresCatalogVersion>();
        services.AddSingleton<ICatalogVersion>(sp => sp.GetRequiredService<CatalogDatabase>().Provider == CatalogProvider.PostgreSQL
            ? sp.GetRequiredService<PostgresCatalogVersion>()
            : sp.GetRequiredService<SqliteCatalogVersion>());
        // The PostgreSQL listener starts with the host, so a commit is heard before the first request asks.
        services.AddHostedService(sp => new CatalogVersionListener(sp.GetRequiredService<ICatalogVersion>()));
        services.AddSingleton<CatalogMemo>();
        services.AddSingleton<IResultMemo>(sp => sp.GetRequiredService<CatalogMemo>());
        return services;
    }

    /// <summary>Starts and stops the version when it listens (PostgreSQL); nothing for SQLite.</summary>
    private sealed class CatalogVersionListener(ICatalogVersion version) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) =>
            version is IHostedService hosted ? hosted.StartAsync(cancellationToken) : Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) =>
            version is IHostedService hosted ? hosted.StopAsync(cancellationToken) : Task.CompletedTask;
    }
}
