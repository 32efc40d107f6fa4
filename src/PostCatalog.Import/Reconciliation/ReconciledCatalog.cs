using PostCatalog.Import.Readers;
using PostCatalog.Import.Reporting;

namespace PostCatalog.Import.Reconciliation;

/// <summary>The catalog a careful reader would write down from all documents; what CatalogWriter stores.</summary>
public sealed class ReconciledCatalog
{
    public List<ReconciledPost> Posts { get; } = [];
    public List<CategoryEntry> Categories { get; } = [];
    public List<ReconciledTag> Tags { get; } = [];
    public List<ReconciledAuthor> Authors { get; } = [];
    public List<QuarantinedEntry> Quarantined { get; } = [];
    public List<ImportWarning> Warnings { get; } = [];
}

public sealed class ReconciledPost
{
    public required string Title { get; init; }
    /// <summary>The URL's last segment; derived from the title when no document gives a URL (<see cref="IsSlugDerived"/>).</summary>
    public string? Slug { get; set; }
    public bool IsSlugDerived { get; set; }
    public string? Url { get; init; }
    public int? WordPressId { get; init; }
    public DateOnly? PublishedAt { get; init; }
    public string? Excerpt { get; init; }
    public bool IsExcerptTruncated { get; init; }
    public string? ThumbnailUrl { get; init; }
    /// <summary>Category slugs, ordered by name.</summary>
    public List<string> CategorySlugs { get; } = [];
    public List<string> TagSlugs { get; } = [];
    /// <summary>In byline order.</summary>
    public List<(string AuthorSlug, string? Role)> Bylines { get; } = [];
    public required IReadOnlyList<PostMention> Mentions { get; init; }
    public required IReadOnlyCollection<string> MatchedBy { get; init; }
}

public sealed record ReconciledTag(string Name, string Slug);

public sealed record ReconciledAuthor(string Name, string Slug);
