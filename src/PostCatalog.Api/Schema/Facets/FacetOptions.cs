namespace PostCatalog.Api.Schema.Facets;

/// <summary>Limits of <c>postFacets</c>; bound from configuration section "GraphQL:Catalog:Facets".</summary>
public sealed class FacetOptions
{
    /// <summary>
    /// Most values one facet returns, and the largest <c>first</c> a client may ask for (more is HC0051).
    /// 200 covers every category, the busiest tags and authors, and twenty years of months.
    /// </summary>
    public int MaxValues { get; set; } = 200;
}
