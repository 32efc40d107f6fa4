using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using PostCatalog.GraphQL.AspNetCore;

namespace PostCatalog.Api.Hosting;

/// <summary>The web host: the catalog opened first, then the GraphQL endpoint at <c>/graphql</c>, health at <c>/healthz</c>.</summary>
public static class CatalogHost
{
    public const string GraphQLPath = "/graphql";

    /// <param name="settings">Configuration switches (<c>--Key=value</c>), applied over appsettings.json and the environment.</param>
    /// <returns>The process exit code.</returns>
    public static async Task<int> RunAsync(string[] settings, CancellationToken cancellationToken)
    {
        // appsettings.json sits beside the app (build and publish output alike), wherever it is started from; relative
        // paths in the settings (the catalog file) still resolve against the working directory.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = settings,
            ContentRootPath = settings.Any(s => s.StartsWith("--contentRoot", StringComparison.OrdinalIgnoreCase)) ? null : AppContext.BaseDirectory,
        });
        // A port that cannot be bound is reported below in one line; the host's own "failed to start" log is a stack trace.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical);

        OpenedCatalog catalog;
        try
        {
            catalog = await CatalogStartup.OpenCatalogAsync(builder.Configuration, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A catalog that cannot be opened (no host in a PostgreSQL connection string, a server that refuses, a
            // file that is not a catalog) is the operator's to fix: one line, as the other verbs say it.
            await Console.Error.WriteLineAsync($"Cannot open the catalog: {e.Message}");
            return 1;
        }
        builder.Services.AddCatalog(catalog.Database);
        builder.Services.AddCatalogGraphQL(builder.Configuration);
        builder.Services.AddCors(cors => cors.AddDefaultPolicy(policy => policy
            .WithOrigins(builder.Configuration.GetSection("Cors:Origins").Get<string[]>() ?? ["*"])
            .AllowAnyHeader()
            .WithMethods("GET", "POST")
            .WithExposedHeaders("ETag", "GraphQL-Cost")));

        var app = builder.Build();
        var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("PostCatalog");
        catalog.Log(log);

        app.UseCors();
        // WebSockets (graphql-transport-ws) are served on the GraphQL endpoint's own path.
        app.UseWebSockets();
        app.MapGet("/", (HttpContext context) => Results.Redirect(context.Request.PathBase + GraphQLPath));
        app.MapHealthChecks("/healthz");
        app.MapLiveHealth();
        app.MapGraphQL(GraphQLPath);

        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch (IOException e) when (e.InnerException is AddressInUseException)
        {
            await StopStartedServicesAsync(app);
            await app.DisposeAsync(); // flushes the log first, so the line comes last
            await Console.Error.WriteLineAsync($"port {BusyPort(e)} is in use: pass --urls http://127.0.0.1:PORT");
            return 1;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogCritical(e, "The server could not start");
            await StopStartedServicesAsync(app);
            await app.DisposeAsync();
            return 1;
        }

        foreach (var address in ListeningAddresses(app))
        {
            log.LogInformation("GraphQL endpoint: {Endpoint} (open it in a browser for Banana Cake Pop)", address + GraphQLPath);
        }

        await app.WaitForShutdownAsync(CancellationToken.None);
        await app.DisposeAsync();
        return 0;
    }

    /// <summary>
    /// Background services (the catalog's change feed) start before the server binds its port: when the bind fails
    /// they are stopped and awaited first, or one of them would still be reading the catalog while the services it
    /// uses are disposed, and log that as a crash.
    /// </summary>
    private static async Task StopStartedServicesAsync(WebApplication app)
    {
        try
        {
            await app.StopAsync(CancellationToken.None);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Stopping after a failed start is best effort; the failure itself has been reported.
        }
    }

    /// <summary>The bound addresses, with a wildcard host ([::], 0.0.0.0, *, +) shown as localhost so the line can be opened.</summary>
    private static IEnumerable<string> ListeningAddresses(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        foreach (var address in addresses)
        {
            if (!Uri.TryCreate(address.Replace("://*", "://localhost").Replace("://+", "://localhost"), UriKind.Absolute, out var uri))
            {
                continue;
            }

            var host = uri.Host is "[::]" or "0.0.0.0" ? "localhost" : uri.Host;
            yield return $"{uri.Scheme}://{host}:{uri.Port}";
        }
    }

    /// <summary>Kestrel says "Failed to bind to address http://127.0.0.1:5000: address already in use."</summary>
    private static string BusyPort(IOException e)
    {
        var match = System.Text.RegularExpressions.Regex.Match(e.Message, @"address (\S+): ");
        return match.Success && Uri.TryCreate(match.Groups[1].Value, UriKind.Absolute, out var uri) ? uri.Port.ToString() : "5000";
    }
}
