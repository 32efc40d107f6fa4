using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PostCatalog.Import.Reporting;

/// <summary>
/// Everything an import did: documents, counts, merges, warnings with positions, quarantined entries.
/// Printed by the command line (<see cref="ToText"/> / <see cref="ToJson"/>) and stored as an ImportRun.
/// </summary>
public sealed class ImportReport
{
    private readonly List<DocumentResult> _documents = [];
    private readonly List<ImportWarning> _warnings = [];
    private readonly List<QuarantinedEntry> _quarantined = [];
    private readonly List<PostMerge> _merges = [];

    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset FinishedAt { get; set; }
    public IReadOnlyList<DocumentResult> Documents => _documents;
    public ImportCounts Counts { get; set; } = new(0, 0, 0, 0, 0, 0, 0, 0, 0);
    public CatalogChanges Changes { get; set; } = CatalogChanges.None;
    public IReadOnlyList<PostMerge> Merges => _merges;
    public IReadOnlyList<ImportWarning> Warnings => _warnings;
    public IReadOnlyList<QuarantinedEntry> Quarantined => _quarantined;

    public void AddDocument(DocumentResult document) => _documents.Add(document);
    public void AddWarning(ImportWarning warning) => _warnings.Add(warning);
    public void AddWarnings(IEnumerable<ImportWarning> warnings) => _warnings.AddRange(warnings);
    public void AddQuarantined(QuarantinedEntry entry) => _quarantined.Add(entry);
    public void AddMerge(PostMerge merge) => _merges.Add(merge);

    public static JsonSerializerOptions JsonOptions { get; } = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // Keep "’" and "å" readable in the stored report.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    public string ToText()
    {
        var text = new StringBuilder();
        var c = Counts;
        text.AppendLine($"Imported {c.Posts} posts, {c.Categories} categories, {c.Tags} tags, {c.Authors} authors " +
                        $"from {c.DocumentsRead} documents ({c.Mentions} post mentions); {c.Quarantined} quarantined, {c.Warnings} warnings.");
        text.AppendLine($"Catalog changes: {Changes.Added} rows added, {Changes.Updated} updated, {Changes.Removed} removed.");

        text.AppendLine().AppendLine("Documents:");
        foreach (var d in _documents)
            text.AppendLine($"  {d.Name}: {Describe(d)}");

        text.AppendLine().AppendLine("Posts (mentions merged):");
        foreach (var m in _merges)
            text.AppendLine($"  {m.Mentions} x {m.Title}" + (m.MatchedBy.Count > 0 ? $"  [by {string.Join(", ", m.MatchedBy)}]" : ""));

        text.AppendLine().AppendLine($"Warnings ({_warnings.Count}):");
        foreach (var w in _warnings) text.AppendLine($"  {w}");

        text.AppendLine().AppendLine($"Quarantined ({_quarantined.Count}):");
        foreach (var q in _quarantined) text.AppendLine($"  {q.Document} {q.Position}: \"{q.Title}\": {q.Reason}");
        return text.ToString();
    }

    private static string Describe(DocumentResult d) => d.Status switch
    {
        DocumentStatus.Read => $"{d.Format}, {d.Mentions} post mentions",
        DocumentStatus.UnknownFormat => "skipped, unknown format" + (d.Message is null ? "" : $" ({d.Message})"),
        _ => $"skipped, unreadable ({d.Message})",
    };
}
