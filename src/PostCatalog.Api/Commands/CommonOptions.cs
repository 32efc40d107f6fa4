using System.CommandLine;
using PostCatalog.Api.Hosting;
using PostCatalog.Catalog;

namespace PostCatalog.Api.Commands;

/// <summary>
/// The catalog options every verb takes. Each overrides its configuration key (appsettings.json, then the environment,
/// e.g. <c>Catalog__Provider=PostgreSQL</c>), as <c>serve</c> reads them.
/// </summary>
public static class CommonOptions
{
    public static Option<string?> Database { get; } = new("--database")
    {
        Description = "SQLite catalog file (default Catalog:Database: catalog.db in the working directory)",
    };

    public static Option<CatalogProvider?> Provider { get; } = new("--provider")
    {
        Description = "Sqlite (default Catalog:Provider) or PostgreSQL",
    };

    public static Option<string?> Connection { get; } = new("--connection")
    {
        Description = "Catalog:ConnectionString: for PostgreSQL \"Host=...;Port=...;Username=...;Database=...\"",
    };

    public static void AddTo(Command command)
    {
        command.Options.Add(Database);
        command.Options.Add(Provider);
        command.Options.Add(Connection);
    }

    /// <summary>The catalog section as a verb sees it: configuration first, the options given over it.</summary>
    public static CatalogOptions Catalog(ParseResult parse)
    {
        var options = VerbConfiguration.Build().GetSection(CatalogOptions.Section).Get<CatalogOptions>() ?? new CatalogOptions();
        if (parse.GetValue(Provider) is { } provider)
        {
            options.Provider = provider;
        }

        if (parse.GetValue(Connection) is { } connection)
        {
            options.ConnectionString = connection;
        }

        if (parse.GetValue(Database) is { } database)
        {
            options.Database = database;
            options.ConnectionString = options.Provider == CatalogProvider.Sqlite ? null : options.ConnectionString;
        }

        return options;
    }

    /// <summary>The settings <c>serve</c> hands the web host for these options (only the ones given).</summary>
    /// <summary>The catalog the verb's options name, opened (created or upgraded); null, with the reason on stderr, when it cannot be.</summary>
    public static async Task<CatalogDatabase?> OpenCatalogAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        try
        {
            return await Catalog(parse).OpenAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Console.Error.WriteLine($"Cannot open the catalog: {ex.Message}");
            return null;
        }
    }

    public static IEnumerable<string> HostSettings(ParseResult parse)
    {
        if (parse.GetValue(Provider) is { } provider)
        {
            yield return $"--Catalog:Provider={provider}";
        }

        if (parse.GetValue(Connection) is { } connection)
        {
            yield return $"--Catalog:ConnectionString={connection}";
        }

        if (parse.GetValue(Database) is { } database)
        {
            yield return $"--Catalog:Database={database}";
        }
    }
}

/// <summary>appsettings.json beside the app and the environment, as the server reads them, for the verbs that do not host one.</summary>
public static class VerbConfiguration
{
    public static IConfiguration Build() =>
        new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .Build();
}
