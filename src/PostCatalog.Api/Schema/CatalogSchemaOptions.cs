using PostCatalog.GraphQL.Data.Paging;

namespace PostCatalog.Api.Schema;

/// <summary>Limits of the catalog's fields; bound from configuration section "GraphQL:Catalog".</summary>
public sealed class CatalogSchemaOptions
{
    /// <summary>Page sizes of every connection (default 10, maximum 50).</summary>
    public PagingOptions Paging { get; set; } = new();

    /// <summary>Most ids one <c>nodes(ids:)</c> call may ask for.</summary>
    public int MaxNodesBatch { get; set; } = 10;

    /// <summary><c>searchPosts</c>: bm25 weights, query length and snippet size ("GraphQL:Catalog:Search").</summary>
    public Search.SearchOptions Search { get; set; } = new();

    /// <summary><c>postFacets</c>: most values per facet ("GraphQL:Catalog:Facets").</summary>
    public Facets.FacetOptions Facets { get; set; } = new();
}
