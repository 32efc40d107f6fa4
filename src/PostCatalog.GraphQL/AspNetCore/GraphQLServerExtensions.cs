using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PostCatalog.GraphQL.AspNetCore.Memory;
using PostCatalog.GraphQL.Execution.PersistedOperations;
using PostCatalog.GraphQL.AspNetCore.Responses;
using PostCatalog.GraphQL.AspNetCore.Tool;
using PostCatalog.GraphQL.Execution;
using PostCatalog.GraphQL.Execution.Limits;
using PostCatalog.GraphQL.Language;
using PostCatalog.GraphQL.Types;
using PostCatalog.GraphQL.Validation;

namespace PostCatalog.GraphQL.AspNetCore;

/// <summary>Hosting in ASP.NET Core: <c>services.AddGraphQLServer(...)</c> then <c>app.MapGraphQL()</c>.</summary>
public static class GraphQLServerExtensions
{
    /// <summary>Registers the executor for <paramref name="schema"/> and the HTTP endpoint's services. Settings come from the
    /// configuration sections "GraphQL:Server" (<see cref="GraphQLServerOptions"/>), "GraphQL:Execution"
    /// (<see cref="ExecutionOptions"/>), "GraphQL:Limits" (<see cref="OperationLimitsOptions"/>: depth and cost) and
    /// "GraphQL:Parser" (<see cref="ParserOptions"/>).</summary>
    public static IServiceCollection AddGraphQLServer(this IServiceCollection services, Func<IServiceProvider, Schema> schema,
        IConfiguration configuration)
    {
        var section = configuration.GetSection("GraphQL");
        services.Configure<GraphQLServerOptions>(section.GetSection("Server"));
        services.Configure<SubscriptionOptions>(section.GetSection("Subscriptions"));
        services.AddSingleton(section.GetSection("Execution").Get<ExecutionOptions>() ?? ExecutionOptions.Default);
        services.AddSingleton(section.GetSection("Parser").Get<ParserOptions>() ?? ParserOptions.Default);
        services.Configure<OperationLimitsOptions>(section.GetSection("Limits"));
        services.AddSingleton<IDocumentValidator>(sp => new DocumentValidator(new ValidationOptions
        {
            MaxErrors = sp.GetRequiredService<ExecutionOptions>().MaxValidationErrors,
        }));
        services.AddSingleton(sp =>
        {
            var server = sp.GetRequiredService<IOptions<GraphQLServerOptions>>().Value;
            var trusted = server.PersistedOperations.TrustedDocumentsPath is { } path ? new FileSystemOperationDocumentStore(path) : null;
            return new RequestExecutor(schema(sp), sp.GetRequiredService<ExecutionOptions>(), sp.GetRequiredService<IDocumentValidator>(), trusted)
            {
                ParserOptions = sp.GetRequiredService<ParserOptions>(),
                Limits = OperationLimits.Create(sp.GetRequiredService<IOptions<OperationLimitsOptions>>().Value),
                AutomaticPersistedQueries = server.PersistedOperations.EnableAutomaticPersistedQueries
                    ? sp.GetRequiredService<IAutomaticPersistedQueryStore>()
                    : null,
            };
        });
        services.AddSingleton(sp => new AutomaticPersistedQueryStore(
            sp.GetRequiredService<IOptions<GraphQLServerOptions>>().Value.PersistedOperations.AutomaticPersistedQueryCapacity));
        // A host that shares them between replicas registers its own store before or after this call.
        services.TryAddSingleton<IAutomaticPersistedQueryStore>(sp => sp.GetRequiredService<AutomaticPersistedQueryStore>());
        services.AddSingleton(sp => new BananaCakePopFiles(sp.GetRequiredService<IOptions<GraphQLServerOptions>>().Value.Tool));
        services.AddSingleton<SchemaDocument>();
        services.AddSingleton(sp => new MemoryReturner(sp.GetRequiredService<IOptions<GraphQLServerOptions>>().Value.Memory,
            sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<MemoryReturner>>()));
        services.AddSingleton<StreamingConnections>();
        services.AddSingleton<WebSockets.GraphQLWebSockets>();
        services.AddSingleton<GraphQLHttpHandler>();
        return services;
    }

    /// <summary>Maps the endpoint at <paramref name="path"/>, the SDL at <c>{path}/schema.graphql</c> and the IDE's files below it.</summary>
    public static IEndpointConventionBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string path = "/graphql")
    {
        var handler = endpoints.ServiceProvider.GetRequiredService<GraphQLHttpHandler>();
        var tool = endpoints.ServiceProvider.GetRequiredService<BananaCakePopFiles>();
        var schemaDocument = endpoints.ServiceProvider.GetRequiredService<SchemaDocument>();

        endpoints.MapGet(path.TrimEnd('/') + "/schema.graphql", schemaDocument.WriteOrNotFoundAsync);
        endpoints.MapGet(path.TrimEnd('/') + "/{**file}", async (HttpContext context, string file) =>
        {
            if (file.Length == 0) await handler.HandleAsync(context);
            else if (!await tool.TryServeAsync(context, file)) context.Response.StatusCode = StatusCodes.Status404NotFound;
        });
        return endpoints.Map(path, handler.HandleAsync);
    }
}
