using PostCatalog.Api.Schema;
using PostCatalog.Api.Schema.Memo;
using PostCatalog.GraphQL.AspNetCore;

namespace PostCatalog.Api.Hosting;

/// <summary>The catalog schema served by the engine's HTTP endpoint, with limits from configuration ("GraphQL:*").</summary>
public static class CatalogGraphQL
{
    public static IServiceCollection AddCatalogGraphQL(this IServiceCollection services, IConfiguration configuration)
    {
        var catalog = configuration.GetSection("GraphQL:Catalog").Get<CatalogSchemaOptions>() ?? new CatalogSchemaOptions();
        services.AddCatalogMemo(configuration);
        return services.AddGraphQLServer(_ => CatalogSchema.Build(catalog), configuration);
    }
}
