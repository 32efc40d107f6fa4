namespace PostCatalog.Catalog.Schema;

/// <summary>One numbered, forward-only change to the catalog database, as plain SQL.</summary>
public sealed record SchemaStep(int Version, string Description, string Sql);
