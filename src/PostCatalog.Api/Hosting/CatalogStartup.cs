using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;
using PostCatalog.Api.Schema.Data;
using PostCatalog.Catalog;
using PostCatalog.Import;
using PostCatalog.Import.Reporting;

namespace PostCatalog.Api.Hosting;

/// <summary>
/// Opens (creates or upgrades) the catalog and imports the seeds into an empty one, before the host is built: every
/// service is then registered against an open catalog, and the server takes no request until it is ready.
/// </summary>
public static class CatalogStartup
{
    public static async Task<OpenedCatalog> OpenCatalogAsync(IConfiguration configuration, CancellationToken cancellationToken)
    {
        var options = configuration.GetSection(CatalogOptions.Section).Get<CatalogOptions>() ?? new CatalogOptions();
        var database = await options.OpenAsync(cancellationToken);
        if (!options.ImportSeedsWhenEmpty || !await database.IsEmptyAsync(cancellationToken))
        {
            return new OpenedCatalog(database, null, null);
        }

        var seeds = PathResolver.ResolveExisting(options.Seeds);
        var report = await new CatalogImporter().ImportAsync([seeds], database.Options, cancellationToken);
        return new OpenedCatalog(database, seeds, report);
    }

    public static IServiceCollection AddCatalog(this IServiceCollection services, CatalogDatabase database)
    {
        services.AddSingleton(database);
        // Resolvers run concurrently, so each gets its own context; reads never track entities. The factory is pooled:
        // a request takes several contexts, and a pooled one is reset and reused instead of built afresh each time.
        // A pooled context keeps its loggers, which cache "is anyone listening?" for a second by default: a diagnostic
        // listener attached at run time (a SQL log, a trace) would miss that long of each context's commands.
        services.AddPooledDbContextFactory<CatalogDbContext>(options => database
            .Configure(options).UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking)
            .ConfigureLoggingCacheTime(TimeSpan.Zero)
            // Each context serves one resolver or one batch and is never shared between threads, so EF Core's
            // concurrency detector (two AsyncLocal writes per query, 8% of a page's allocations) guards nothing here.
            .EnableThreadSafetyChecks(false)
            // Each SQL statement at Debug, not Information: a busy server's log is not a copy of its queries.
            .ConfigureWarnings(w => w.Log((RelationalEventId.CommandExecuted, LogLevel.Debug))));
        // The health check takes a context per probe from the same pool.
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<CatalogDbContext>>().CreateDbContext());
        services.AddScoped<CatalogContexts>();
        // Healthy only while the catalog can really be read: the file is there and a query over its posts runs
        // (a deleted file fails the first test without creating an empty one; a corrupt one fails the query).
        services.AddHealthChecks().AddDbContextCheck<CatalogDbContext>("catalog", customTestQuery: async (db, ct) =>
        {
            if (!await db.Database.CanConnectAsync(ct))
            {
                return false;
            }

            await db.Posts.AnyAsync(ct); // reads the table: a corrupt file or a missing table throws
            return true;
        });
        return services;
    }
}

/// <summary>The catalog the server runs on, and what was imported into it at start (when it was empty).</summary>
public sealed record OpenedCatalog(CatalogDatabase Database, string? ImportedSeeds, ImportReport? Report)
{
    public void Log(ILogger log)
    {
        log.LogInformation("Catalog {Path} on {Provider} (schema version {Version})", Database.Path, Database.Provider, Database.SchemaVersion);
        if (Report is not null)
        {
            log.LogInformation("Imported {Seeds} into the empty catalog:\n{Report}", ImportedSeeds, Report.ToText());
        }
    }
}
