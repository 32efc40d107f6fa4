using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PostCatalog.Import.Reporting;

/// <summary>
/// Everything an import did: documents, counts, merges, superseded scrapes, removed posts, warnings with positions,
/// quarantined entries. Built once by <see cref="CatalogImporter"/> from what the readers, the reconciler and the
/// writer returned (<see cref="Create"/>: the counts come from the lists). Printed by the command line
/// (<see cref="ToText"/> / <see cref="ToJson"/>), stored as an ImportRun, and read back by the API as this same type.
/// Lists missing from a report stored by an older build read as empty.
/// </summary>
public sealed record ImportReport(
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt,
    IReadOnlyList<DocumentResult> Documents,
    ImportCounts Counts,
    CatalogChanges Changes,
    IReadOnlyList<PostMerge> Merges,
    IReadOnlyList<SupersededDocument> Superseded,
    IReadOnlyList<RemovedPost> RemovedPosts,
    IReadOnlyList<ImportWarning> Warnings,
    IReadOnlyList<QuarantinedEntry> Quarantined)
{
    // Older stored reports lack some lists: System.Text.Json passes null for a missing constructor parameter.
    public IReadOnlyList<DocumentResult> Documents { get; init; } = Documents ?? [];
    public CatalogChanges Changes { get; init; } = Changes ?? CatalogChanges.None;
    public IReadOnlyList<PostMerge> Merges { get; init; } = Merges ?? [];
    public IReadOnlyList<SupersededDocument> Superseded { get; init; } = Superseded ?? [];
    public IReadOnlyList<RemovedPost> RemovedPosts { get; init; } = RemovedPosts ?? [];
    public IReadOnlyList<ImportWarning> Warnings { get; init; } = Warnings ?? [];
    public IReadOnlyList<QuarantinedEntry> Quarantined { get; init; } = Quarantined ?? [];

    /// <summary>The report, with its counts computed from the lists and the catalog's totals.</summary>
    public static ImportReport Create(
        DateTimeOffset startedAt, DateTimeOffset finishedAt, IReadOnlyList<DocumentResult> documents, CatalogTotals catalog,
        CatalogChanges changes, IReadOnlyList<PostMerge> merges, IReadOnlyList<SupersededDocument> superseded,
        IReadOnlyList<RemovedPost> removedPosts, IReadOnlyList<ImportWarning> warnings, IReadOnlyList<QuarantinedEntry> quarantined)
    {
        var counts = new ImportCounts(
            DocumentsRead: documents.Count(d => d.IsRead),
            DocumentsSkipped: documents.Count(d => d.IsSkipped),
            Mentions: catalog.Mentions,
            Posts: merges.Count,
            Categories: catalog.Categories,
            Tags: catalog.Tags,
            Authors: catalog.Authors,
            Quarantined: quarantined.Count,
            Warnings: warnings.Count,
            DocumentsRemoved: documents.Count(d => d.Status == DocumentStatus.Removed),
            DocumentsStored: catalog.DocumentsStored,
            DocumentsSuperseded: superseded.Count,
            PostsRemoved: removedPosts.Count);
        return new ImportReport(startedAt, finishedAt, documents, counts, changes, merges, superseded, removedPosts, warnings, quarantined);
    }

    public static JsonSerializerOptions JsonOptions { get; } = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // Keep "’" and "å" readable in the stored report.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    public static ImportReport? FromJson(string json) => JsonSerializer.Deserialize<ImportReport>(json, JsonOptions);

    public string ToText()
    {
        var text = new StringBuilder();
        var c = Counts;
        text.AppendLine($"Imported {c.Posts} posts, {c.Categories} categories, {c.Tags} tags, {c.Authors} authors " +
                        $"from {c.DocumentsRead} documents ({c.Mentions} post mentions); {c.Quarantined} quarantined, {c.Warnings} warnings.");
        text.AppendLine($"Catalog changes: {Changes.Added} rows added, {Changes.Updated} updated, {Changes.Removed} removed.");
        text.AppendLine($"Stored documents: {c.DocumentsStored} ({c.DocumentsSuperseded} superseded by a later scrape); " +
                        $"{c.DocumentsRemoved} removed by this import; {c.PostsRemoved} posts no stored document mentions any more were removed.");

        text.AppendLine().AppendLine("Documents:");
        foreach (var d in Documents)
            text.AppendLine($"  {d.Name}: {Describe(d)}");

        if (Superseded.Count > 0)
        {
            text.AppendLine().AppendLine($"Superseded ({Superseded.Count}):");
            foreach (var s in Superseded)
                text.AppendLine($"  {s.Document} ({s.Mentions} post mentions) by {s.SupersededBy}, a later scrape of {s.SourceUrl}");
        }

        if (RemovedPosts.Count > 0)
        {
            text.AppendLine().AppendLine($"Posts removed, no stored document mentions them ({RemovedPosts.Count}):");
            foreach (var p in RemovedPosts) text.AppendLine($"  {p.Title}" + (p.Slug is null ? "" : $" ({p.Slug})"));
        }

        text.AppendLine().AppendLine("Posts (mentions merged):");
        foreach (var m in Merges)
            text.AppendLine($"  {m.Mentions} x {m.Title}" + (m.MatchedBy.Count > 0 ? $"  [by {string.Join(", ", m.MatchedBy)}]" : ""));

        text.AppendLine().AppendLine($"Warnings ({Warnings.Count}):");
        foreach (var w in Warnings) text.AppendLine($"  {w}");

        text.AppendLine().AppendLine($"Quarantined ({Quarantined.Count}):");
        foreach (var q in Quarantined) text.AppendLine($"  {q.Document} {q.Position}: \"{q.Title}\": {q.Reason}");
        return text.ToString();
    }

    private static string Describe(DocumentResult d) => d.Status switch
    {
        DocumentStatus.Read => $"{d.Format}, {d.Mentions} post mentions",
        DocumentStatus.Replaced => $"{d.Format}, {d.Mentions} post mentions, replaces the stored document of that name",
        DocumentStatus.Unchanged => $"unchanged, {d.Message ?? "already stored"}",
        DocumentStatus.Removed => "removed",
        DocumentStatus.UnknownFormat => "skipped, unknown format" + (d.Message is null ? "" : $" ({d.Message})"),
        DocumentStatus.TooLarge => $"skipped, too large ({d.Message})",
        _ => $"skipped, unreadable ({d.Message})",
    };
}

/// <summary>Totals of the reconciled catalog the report's counts need beside its lists.</summary>
public sealed record CatalogTotals(int Mentions, int Categories, int Tags, int Authors, int DocumentsStored);
