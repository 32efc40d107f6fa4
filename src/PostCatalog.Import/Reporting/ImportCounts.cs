namespace PostCatalog.Import.Reporting;

/// <summary>
/// The report's totals, always computed from its lists (<see cref="ImportReport.Create"/>), never kept by hand.
/// Documents* count the documents given to this import (and removed by it); DocumentsStored and DocumentsSuperseded
/// describe every stored document the catalog is reconciled from; Mentions, Posts and below describe that catalog.
/// </summary>
public sealed record ImportCounts(
    int DocumentsRead, int DocumentsSkipped, int Mentions,
    int Posts, int Categories, int Tags, int Authors, int Quarantined, int Warnings,
    int DocumentsRemoved = 0, int DocumentsStored = 0, int DocumentsSuperseded = 0, int PostsRemoved = 0);

/// <summary>Rows the write added, changed and removed; all zero when the same input is imported again.</summary>
public sealed record CatalogChanges(int Added, int Updated, int Removed)
{
    public static CatalogChanges None { get; } = new(0, 0, 0);
    public bool IsEmpty => Added == 0 && Updated == 0 && Removed == 0;
}
