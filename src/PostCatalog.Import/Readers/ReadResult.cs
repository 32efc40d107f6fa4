using PostCatalog.Import.Reporting;

namespace PostCatalog.Import.Readers;

/// <summary>What a reader found in one document. Filled by the reader while it reads, then only read.</summary>
public sealed class ReadResult
{
    public List<PostMention> Mentions { get; } = [];
    public List<CategoryDeclaration> Categories { get; } = [];
    public List<ImportWarning> Warnings { get; } = [];
    /// <summary>The page this document is a scrape of, when it says: a later scrape of the same page supersedes it.</summary>
    public string? SourceUrl { get; set; }
    /// <summary>When the page was scraped, when the document says.</summary>
    public DateTimeOffset? ScrapedAt { get; set; }
}
