namespace PostCatalog.Catalog;

/// <summary>One mention of a post in one source document, kept as printed.</summary>
public class PostSource
{
    public int Id { get; set; }
    public int PostId { get; set; }
    /// <summary>File name of the document, e.g. "003_fda8ae8245b03790.txt".</summary>
    public string Document { get; set; } = "";
    /// <summary>The reader that understood it: "wordpress-html", "markdown-listing", "feed-digest", "plain-listing".</summary>
    public string Format { get; set; } = "";
    /// <summary>"line 19" for text documents; element path and line for HTML.</summary>
    public string? Position { get; set; }
    public string? Title { get; set; }
    public string? Excerpt { get; set; }
    public string? DateText { get; set; }
    public Post Post { get; set; } = null!;
}
