namespace PostCatalog.Catalog;

/// <summary>One completed import, written in the import's own transaction so the last report can be served.</summary>
public class ImportRun
{
    public int Id { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset FinishedAt { get; set; }
    public int PostCount { get; set; }
    public int WarningCount { get; set; }
    public int QuarantinedCount { get; set; }
    /// <summary>The full import report as JSON (PostCatalog.Import.ImportReport).</summary>
    public string ReportJson { get; set; } = "";
}
