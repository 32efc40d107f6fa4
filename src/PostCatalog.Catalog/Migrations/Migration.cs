namespace PostCatalog.Catalog.Migrations;

/// <summary>One numbered, forward-only change to the catalog database, as plain SQL in the provider's dialect.</summary>
public sealed record Migration(int Version, string Description, string Sql);
