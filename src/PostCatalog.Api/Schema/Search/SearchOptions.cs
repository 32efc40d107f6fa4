namespace PostCatalog.Api.Schema.Search;

/// <summary>
/// Ranking and limits of <c>searchPosts</c>; bound from configuration section "GraphQL:Catalog:Search".
/// Page sizes follow the other connections (<see cref="CatalogSchemaOptions.Paging"/>).
/// </summary>
public sealed class SearchOptions
{
    /// <summary>bm25 weight of a match in the title. Highest: a word in the title says most about a post.</summary>
    public double TitleWeight { get; set; } = 10.0;

    /// <summary>bm25 weight of a match in the category names.</summary>
    public double CategoriesWeight { get; set; } = 4.0;

    /// <summary>bm25 weight of a match in the author names.</summary>
    public double AuthorsWeight { get; set; } = 4.0;

    /// <summary>bm25 weight of a match in the excerpt.</summary>
    public double ExcerptWeight { get; set; } = 1.0;

    /// <summary>Longest query text accepted, in characters (longer is error <c>SEARCH_QUERY_TOO_LONG</c>).</summary>
    public int MaxQueryLength { get; set; } = 256;

    /// <summary>Most terms (words or quoted phrases) in one query (more is error <c>SEARCH_QUERY_TOO_LONG</c>).</summary>
    public int MaxTerms { get; set; } = 16;

    /// <summary>Tokens in <c>excerptHighlight</c>, FTS5 <c>snippet()</c>'s last argument (1 to 64).</summary>
    public int SnippetTokens { get; set; } = 24;
}
