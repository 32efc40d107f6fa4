namespace PostCatalog.Catalog;

/// <summary>An author credited on a post, with the role printed beside the name on that post.</summary>
public class Byline
{
    public int PostId { get; set; }
    public int AuthorId { get; set; }
    /// <summary>As printed for this post ("Senior Data Scientist"); null when the byline gives none.</summary>
    public string? Role { get; set; }
    /// <summary>0-based order in the byline.</summary>
    public int Position { get; set; }
    public Post Post { get; set; } = null!;
    public Author Author { get; set; } = null!;
}
