namespace PostCatalog.Api.Hosting;

/// <summary>Where the catalog lives and what to import into an empty one. Bound from the "Catalog" configuration section.</summary>
public sealed class CatalogOptions
{
    public const string Section = "Catalog";

    /// <summary>SQLite file; relative paths are resolved against the working directory. Command line: --database FILE.</summary>
    public string Database { get; set; } = "catalog.db";

    /// <summary>Documents imported on first start, when the catalog is empty. Command line: --seeds PATH.</summary>
    public string Seeds { get; set; } = "seeds";

    /// <summary>Import the seeds on start when the catalog is empty.</summary>
    public bool ImportSeedsWhenEmpty { get; set; } = true;
}
