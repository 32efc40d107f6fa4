using PostCatalog.GraphQL.Data;
using PostCatalog.GraphQL.Data.Filtering;
using PostCatalog.GraphQL.Data.Paging;
using PostCatalog.GraphQL.Data.Sorting;
using PostCatalog.GraphQL.Tests.Data.Fixtures;
using PostCatalog.GraphQL.Types;

namespace PostCatalog.GraphQL.Tests.Data.Conventions;

/// <summary>A schema whose <c>articles</c> field uses all three conventions over a database, as the catalog's fields will.</summary>
public static class ArticleSchema
{
    public static Schema Create(BlogDatabase database, PagingOptions? options = null)
    {
        var data = new DataConventions { Paging = options ?? new PagingOptions() };
        return new SchemaBuilder()
            .AddEnumType<ArticleStatus>()
            .AddObjectType<Article>("Article", type => type
                .Field("id", "Int!", a => a.Id)
                .Field("title", "String!", a => a.Title))
            .AddQueryType(query => query.Field("articles", field => field
                .UsePaging<Article>(data, a => a.Id)
                .UseFiltering(data, ArticleConventions.ArticleFilter)
                .UseSorting(data, ArticleConventions.ArticleSort)
                .Resolve(_ => database.CreateContext().Articles)))
            .AddDataTypes(data)
            .Build();
    }
}
