namespace PostCatalog.Import.Reporting;

/// <summary>A post taken out of the catalog because no stored document mentions it any more.</summary>
public sealed record RemovedPost(string Title, string? Slug, string? Url);
