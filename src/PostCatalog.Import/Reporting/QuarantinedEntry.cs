namespace PostCatalog.Import.Reporting;

/// <summary>A mention kept out of the catalog because it looks like a test entry.</summary>
public sealed record QuarantinedEntry(string Document, string Position, string Title, string Reason);
