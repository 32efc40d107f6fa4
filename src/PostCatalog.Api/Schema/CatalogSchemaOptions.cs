using PostCatalog.GraphQL.Data.Paging;

namespace PostCatalog.Api.Schema;

/// <summary>Limits of the catalog's fields; bound from configuration section "GraphQL:Catalog".</summary>
public sealed class CatalogSchemaOptions
{
    /// <summary>Page sizes of every connection (default 10, maximum 50).</summary>
    public PagingOptions Paging { get; set; } = new();

    /// <summary>Most ids one <c>nodes(ids:)</c> call may ask for.</summary>
    public int MaxNodesBatch { get; set; } = 10;
}
