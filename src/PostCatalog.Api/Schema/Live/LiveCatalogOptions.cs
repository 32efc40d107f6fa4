namespace PostCatalog.Api.Schema.Live;

/// <summary>How the catalog notices imports for its subscriptions; bound from "GraphQL:Catalog:Live".</summary>
public sealed class LiveCatalogOptions
{
    public const string Section = "GraphQL:Catalog:Live";

    /// <summary>How often the catalog's version is read to notice an import's commit (the most an event may lag).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(250);
}
