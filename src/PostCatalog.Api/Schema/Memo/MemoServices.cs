using PostCatalog.GraphQL.Data.Memo;

namespace PostCatalog.Api.Schema.Memo;

public static class MemoServices
{
    /// <summary>The catalog's version and the memo of counts and facets keyed by it.</summary>
    public static IServiceCollection AddCatalogMemo(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<CatalogMemoOptions>(configuration.GetSection(CatalogMemoOptions.Section));
        services.AddSingleton<ICatalogVersion, SqliteCatalogVersion>();
        services.AddSingleton<CatalogMemo>();
        services.AddSingleton<IResultMemo>(sp => sp.GetRequiredService<CatalogMemo>());
        return services;
    }
}
