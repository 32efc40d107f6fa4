namespace PostCatalog.Import.Reporting;

public sealed record ImportCounts(
    int DocumentsRead, int DocumentsSkipped, int Mentions,
    int Posts, int Categories, int Tags, int Authors, int Quarantined, int Warnings);

/// <summary>Rows the write added, changed and removed; all zero when the same input is imported again.</summary>
public sealed record CatalogChanges(int Added, int Updated, int Removed)
{
    public static CatalogChanges None { get; } = new(0, 0, 0);
    public bool IsEmpty => Added == 0 && Updated == 0 && Removed == 0;
}
