namespace PostCatalog.Catalog;

/// <summary>
/// One imported document, kept whole so the catalog can always be rebuilt from the documents it was given.
/// <see cref="Name"/> is what <see cref="PostSource.Document"/> refers to.
/// </summary>
public class StoredDocument
{
    public int Id { get; set; }
    /// <summary>The file name it was imported under, e.g. "003_fda8ae8245b03790.txt"; unique.</summary>
    public string Name { get; set; } = "";
    /// <summary>SHA-256 of the file's bytes, lower-case hex.</summary>
    public string ContentHash { get; set; } = "";
    /// <summary>The reader that understood it ("markdown-listing", ...).</summary>
    public string Format { get; set; } = "";
    /// <summary>The page the document is a scrape of, when it says (Markdown **URL**, HTML canonical link).</summary>
    public string? SourceUrl { get; set; }
    /// <summary>When the page was scraped, when the document says (Markdown **Scraped**).</summary>
    public DateTimeOffset? ScrapedAt { get; set; }
    public DateTimeOffset ImportedAt { get; set; }
    public long ByteCount { get; set; }
    public string Content { get; set; } = "";
}
