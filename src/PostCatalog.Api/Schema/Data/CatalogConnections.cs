using PostCatalog.Catalog;
using PostCatalog.GraphQL.Data;
using PostCatalog.GraphQL.Data.Filtering;
using PostCatalog.GraphQL.Data.Paging;
using PostCatalog.GraphQL.Data.Sorting;
using PostCatalog.GraphQL.Types;

namespace PostCatalog.Api.Schema.Data;

/// <summary>Paging, filtering and sorting as HotChocolate stacks them (UsePaging, UseFiltering, UseSorting), one call per entity.</summary>
public static class CatalogConnections
{
    /// <summary>A <c>PostsConnection</c> field, newest first unless the client orders it; its resolver returns the posts to page through.</summary>
    public static FieldDescriptor PostConnection(this FieldDescriptor field) => field.Posts(f => f.UseLinkTableCount());

    /// <summary>
    /// A parent's <c>PostsConnection</c> (<c>Category.posts</c>): as <see cref="PostConnection"/>, with the unfiltered
    /// <c>totalCount</c> read from the parent's post count (<see cref="LinkTableCounts.UseParentPostCount{TParent}"/>).
    /// </summary>
    public static FieldDescriptor ParentPostConnection<TParent>(this FieldDescriptor field, string kind, Func<TParent, int> idOf) =>
        field.Posts(f => f.UseParentPostCount(kind, idOf));

    /// <summary>The posts connection's middleware, with <paramref name="plannedCount"/> between the default order and filtering (where it sees the filtered, sorted query).</summary>
    private static FieldDescriptor Posts(this FieldDescriptor field, Func<FieldDescriptor, FieldDescriptor> plannedCount) =>
        plannedCount(field
                .UsePaging<Post>(p => p.Id)
                .UseDefaultOrder<Post>(DefaultOrder.Post))
            .UseFiltering(CatalogFilters.Post)
            .UseSorting(CatalogSorts.Post);

    public static FieldDescriptor CategoryConnection(this FieldDescriptor field) => field
        .UsePaging<Category>(c => c.Id)
        .UseFiltering(CatalogFilters.Category)
        .UseSorting(CatalogSorts.Category);

    public static FieldDescriptor TagConnection(this FieldDescriptor field) => field
        .UsePaging<Tag>(t => t.Id)
        .UseFiltering(CatalogFilters.Tag)
        .UseSorting(CatalogSorts.Tag);

    public static FieldDescriptor AuthorConnection(this FieldDescriptor field) => field
        .UsePaging<Author>(a => a.Id)
        .UseFiltering(CatalogFilters.Author)
        .UseSorting(CatalogSorts.Author);
}
