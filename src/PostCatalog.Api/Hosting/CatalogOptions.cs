using PostCatalog.Catalog;

namespace PostCatalog.Api.Hosting;

/// <summary>Where the catalog lives and what to import into an empty one. Bound from the "Catalog" configuration section.</summary>
public sealed class CatalogOptions
{
    public const string Section = "Catalog";

    /// <summary><c>Sqlite</c> (the default: a file) or <c>PostgreSQL</c> (a server). Command line: --provider NAME.</summary>
    public CatalogProvider Provider { get; set; } = CatalogProvider.Sqlite;

    /// <summary>
    /// PostgreSQL: the Npgsql connection string (required: a server told PostgreSQL never falls back to a file).
    /// SQLite: optional, a Data Source that overrides <see cref="Database"/>. Command line: --connection TEXT.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>SQLite file; relative paths are resolved against the working directory. Command line: --database FILE.</summary>
    public string Database { get; set; } = "catalog.db";

    /// <summary>Documents imported on first start, when the catalog is empty. Command line: --seeds PATH.</summary>
    public string Seeds { get; set; } = "seeds";

    /// <summary>Import the seeds on start when the catalog is empty.</summary>
    public bool ImportSeedsWhenEmpty { get; set; } = true;

    /// <summary>Opens (creates or upgrades) the catalog these options name.</summary>
    /// <exception cref="InvalidOperationException">PostgreSQL without a connection string.</exception>
    public Task<CatalogDatabase> OpenAsync(CancellationToken cancellationToken)
    {
        if (Provider == CatalogProvider.PostgreSQL)
        {
            if (string.IsNullOrWhiteSpace(ConnectionString))
            {
                throw new InvalidOperationException(
                    "Catalog:Provider is PostgreSQL but Catalog:ConnectionString is empty; set it (--connection, or Catalog__ConnectionString=\"Host=...;Database=...\").");
            }

            return CatalogDatabase.OpenAsync(CatalogProvider.PostgreSQL, ConnectionString, cancellationToken);
        }

        return CatalogDatabase.OpenAsync(CatalogProvider.Sqlite, string.IsNullOrWhiteSpace(ConnectionString) ? Database : ConnectionString, cancellationToken);
    }
}
