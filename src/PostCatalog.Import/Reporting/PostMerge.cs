namespace PostCatalog.Import.Reporting;

/// <summary>How many mentions became one post, where they were, and which rule joined them ("url", "title", "excerpt").</summary>
public sealed record PostMerge(string Title, string? Slug, int Mentions, IReadOnlyList<string> Sources, IReadOnlyList<string> MatchedBy);
