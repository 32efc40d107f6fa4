using PostCatalog.Api.Schema;
using PostCatalog.Api.Schema.Live;
using PostCatalog.Api.Schema.Memo;
using Microsoft.Extensions.Options;
using PostCatalog.Catalog;
using PostCatalog.GraphQL.AspNetCore;
using PostCatalog.GraphQL.Execution.PersistedOperations;
using PostCatalog.GraphQL.Execution.Limits;

namespace PostCatalog.Api.Hosting;

/// <summary>The catalog schema served by the engine's HTTP endpoint, with limits from configuration ("GraphQL:*").</summary>
public static class CatalogGraphQL
{
    private const string IdeInstallHint =
        "The build installs them from npm: install Node.js 20 with npm, then run dotnet build src/PostCatalog.Api "
        + "(it runs npm ci in src/PostCatalog.Api/ide and copies the files to bcp/ beside the app; dotnet publish copies them too).";

    public static IServiceCollection AddCatalogGraphQL(this IServiceCollection services, IConfiguration configuration)
    {
        var catalog = configuration.GetSection("GraphQL:Catalog").Get<CatalogSchemaOptions>() ?? new CatalogSchemaOptions();
        services.AddCatalogMemo(configuration);
        services.AddCatalogLiveFeed(configuration);
        // Cost analysis prices a connection without first/last at the page size the catalog really uses.
        services.PostConfigure<OperationLimitsOptions>(limits =>
        {
            if (configuration["GraphQL:Limits:Cost:DefaultPageSize"] is null)
            {
                limits.Cost.DefaultPageSize = configuration.GetValue("GraphQL:Catalog:Paging:DefaultPageSize", limits.Cost.DefaultPageSize);
            }
        });
        // The page a browser gets at /graphql when the IDE's files are missing says how this project installs them.
        if (configuration["GraphQL:Server:Tool:InstallHint"] is null)
        {
            services.PostConfigure<GraphQLServerOptions>(server => server.Tool.InstallHint = IdeInstallHint);
        }

        // On PostgreSQL the automatic persisted queries live in the database, shared by every replica.
        services.AddSingleton<IAutomaticPersistedQueryStore>(sp => sp.GetRequiredService<CatalogDatabase>().Provider == CatalogProvider.PostgreSQL
            ? new PostgresPersistedQueryStore(sp.GetRequiredService<CatalogDatabase>(), sp.GetRequiredService<AutomaticPersistedQueryStore>(),
                sp.GetRequiredService<IOptions<GraphQLServerOptions>>().Value.PersistedOperations.AutomaticPersistedQueryCapacity)
            : sp.GetRequiredService<AutomaticPersistedQueryStore>());
        return services.AddGraphQLServer(_ => CatalogSchema.Build(catalog), configuration);
    }
}
