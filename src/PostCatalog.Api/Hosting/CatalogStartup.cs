using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;
using PostCatalog.Api.Schema.Data;
using PostCatalog.Catalog;
using PostCatalog.Import;

namespace PostCatalog.Api.Hosting;

/// <summary>Opens (creates or upgrades) the catalog before the server takes requests, and imports the seeds into an empty one.</summary>
public static class CatalogStartup
{
    public static IServiceCollection AddCatalog(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<CatalogOptions>(configuration.GetSection(CatalogOptions.Section));
        services.AddSingleton<CatalogState>();
        // Resolvers run concurrently, so each gets its own context; reads never track entities. The factory is pooled:
        // a request takes several contexts, and a pooled one is reset and reused instead of built afresh each time.
        // A pooled context keeps its loggers, which cache "is anyone listening?" for a second by default: a diagnostic
        // listener attached at run time (a SQL log, a trace) would miss that long of each context's commands.
        services.AddPooledDbContextFactory<CatalogDbContext>((sp, options) => sp.GetRequiredService<CatalogState>().Database
            .Configure(options).UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking)
            .ConfigureLoggingCacheTime(TimeSpan.Zero)
            // Each SQL statement at Debug, not Information: a busy server's log is not a copy of its queries.
            .ConfigureWarnings(w => w.Log((RelationalEventId.CommandExecuted, LogLevel.Debug))));
        services.AddScoped<CatalogContexts>();
        services.AddHealthChecks().AddCheck<CatalogHealthCheck>("catalog");
        return services;
    }

    public static async Task OpenCatalogAsync(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<CatalogOptions>>().Value;
        var state = app.Services.GetRequiredService<CatalogState>();
        var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("PostCatalog");

        var database = await CatalogDatabase.OpenAsync(options.Database, app.Lifetime.ApplicationStopping);
        log.LogInformation("Catalog {Path} (schema version {Version})", database.Path, database.SchemaVersion);

        if (options.ImportSeedsWhenEmpty && await database.IsEmptyAsync(app.Lifetime.ApplicationStopping))
        {
            var seeds = PathResolver.ResolveExisting(options.Seeds);
            var report = await new CatalogImporter().ImportAsync([seeds], database.Options, app.Lifetime.ApplicationStopping);
            log.LogInformation("Imported {Seeds} into the empty catalog:\n{Report}", seeds, report.ToText());
        }
        state.Open(database);
    }
}
