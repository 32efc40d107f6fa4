using PostCatalog.Import.Reporting;

namespace PostCatalog.Api.Schema.Live;

/// <summary>What one committed import changed: its report and the ids of the posts it added, updated and removed.</summary>
public sealed record CatalogChange(ImportReport Import, IReadOnlyList<int> Added, IReadOnlyList<int> Updated, IReadOnlyList<int> Removed)
{
    public bool IsEmpty => Added.Count == 0 && Updated.Count == 0 && Removed.Count == 0 && Import.Changes.IsEmpty;
}
