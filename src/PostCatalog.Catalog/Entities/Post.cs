namespace PostCatalog.Catalog;

/// <summary>One real blog post, reconciled from every document that mentions it.</summary>
public class Post
{
    public int Id { get; set; }
    public string Title { get; set; } = "";
    /// <summary>The WordPress slug (last URL segment); null when no document gives the post's URL.</summary>
    public string? Slug { get; set; }
    public string? Url { get; set; }
    public int? WordPressId { get; set; }
    public DateOnly? PublishedAt { get; set; }
    /// <summary>The fullest excerpt any document prints, without its "..." / "[…]" marker.</summary>
    public string? Excerpt { get; set; }
    public bool IsExcerptTruncated { get; set; }
    public string? ThumbnailUrl { get; set; }

    public List<PostCategory> Categories { get; set; } = [];
    public List<PostTag> Tags { get; set; } = [];
    /// <summary>Authors in byline order (see <see cref="Byline.Position"/>).</summary>
    public List<Byline> Bylines { get; set; } = [];
    /// <summary>Provenance: what each document said about this post.</summary>
    public List<PostSource> Sources { get; set; } = [];
}
