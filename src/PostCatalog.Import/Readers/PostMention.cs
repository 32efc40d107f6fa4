namespace PostCatalog.Import.Readers;

/// <summary>
/// One post as one document prints it, before reconciliation. Everything is kept as printed
/// (dates and excerpts unparsed) so the reconciliation rules are the only place that interprets text.
/// </summary>
public sealed record PostMention
{
    public required string Document { get; init; }
    public required string Format { get; init; }
    /// <summary>"line 19", or an HTML element path with its line.</summary>
    public required string Position { get; init; }
    public required string Title { get; init; }
    public string? DateText { get; init; }
    /// <summary>As printed, including any "...", "[…]" cut marker.</summary>
    public string? Excerpt { get; init; }
    public string? Url { get; init; }
    public int? WordPressId { get; init; }
    public string? ThumbnailUrl { get; init; }
    public IReadOnlyList<CategoryRef> Categories { get; init; } = [];
    /// <summary>Category names printed without separators ("DataData SciencePlatform"), split against the vocabulary later.</summary>
    public string? RunTogetherCategories { get; init; }
    public IReadOnlyList<TagRef> Tags { get; init; } = [];
    /// <summary>The author line without its "Published by" prefix.</summary>
    public string? BylineText { get; init; }
}

/// <summary>A category as a document refers to it: by name, slug, WordPress id, or any of them.</summary>
public sealed record CategoryRef(string? Name, string? Slug = null, int? WordPressId = null);

/// <summary>A category a document lists on its own (a filter menu, "Other Categories", a feed's title).</summary>
public sealed record CategoryDeclaration(CategoryRef Category, int? DeclaredPostCount, string Document, string Position);

public sealed record TagRef(string Slug, string? Name = null);
