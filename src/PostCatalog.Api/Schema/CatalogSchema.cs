using PostCatalog.Api.Schema.Data;
using PostCatalog.Api.Schema.Facets;
using PostCatalog.Api.Schema.Live;
using PostCatalog.Api.Schema.Search;
using PostCatalog.Api.Schema.Types;
using PostCatalog.GraphQL.Data;
using PostCatalog.GraphQL.Types;

namespace PostCatalog.Api.Schema;

/// <summary>The catalog's GraphQL schema: one readable list of what it holds.</summary>
public static class CatalogSchema
{
    public static GraphQL.Types.Schema Build(CatalogSchemaOptions? options = null)
    {
        options ??= new CatalogSchemaOptions();
        return new SchemaBuilder()
            .AddDataConventions(options.Paging, EfQueryableExecutor.Instance)
            .AddCatalogQueryType(options)
            .AddPostType()
            .AddCategoryType()
            .AddTagType()
            .AddAuthorType()
            .AddPostSearch(options)
            .AddPostFacets(options)
            .AddImportReportTypes()
            .AddCatalogSubscriptions()
            // @defer and @stream, delivered over multipart/mixed (graphql-js 17 and HotChocolate's format).
            .AddDeferAndStream()
            .Build();
    }
}
