namespace PostCatalog.Import.Documents;

/// <summary>
/// Import limits, configuration section <c>Import</c> (README, Limits).
/// </summary>
public sealed class ImportOptions
{
    public const string Section = "Import";

    /// <summary>
    /// A document larger than this is refused with a warning and not read (its size is checked before reading).
    /// 16 MiB: a scraped listing page is tens of kilobytes (the largest seed, a WordPress home page, is 87 KB);
    /// a document a thousand times that is not a listing page, and reading it costs several times its size in memory.
    /// </summary>
    public long MaxDocumentBytes { get; set; } = 16 * 1024 * 1024;
}
