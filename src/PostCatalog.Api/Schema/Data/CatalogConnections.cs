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
    public static FieldDescriptor PostConnection(this FieldDescriptor field, DataConventions data) => field
        .UsePaging<Post>(data, p => p.Id, "Post", connectionName: "Posts")
        .UseDefaultOrder<Post>(DefaultOrder.Post)
        .UseLinkTableCount()
        .UseFiltering(data, CatalogFilters.Post)
        .UseSorting(data, CatalogSorts.Post);

    /// <summary>
    /// A parent's <c>PostsConnection</c> (<c>Category.posts</c>): as <see cref="PostConnection"/>, with the unfiltered
    /// <c>totalCount</c> read from the parent's post count (<see cref="LinkTableCounts.UseParentPostCount{TParent}"/>).
    /// </summary>
    public static FieldDescriptor ParentPostConnection<TParent>(this FieldDescriptor field, DataConventions data, string kind, Func<TParent, int> idOf) => field
        .UsePaging<Post>(data, p => p.Id, "Post", connectionName: "Posts")
        .UseDefaultOrder<Post>(DefaultOrder.Post)
        .UseParentPostCount(kind, idOf)
        .UseFiltering(data, CatalogFilters.Post)
        .UseSorting(data, CatalogSorts.Post);

    public static FieldDescriptor CategoryConnection(this FieldDescriptor field, DataConventions data) => field
        .UsePaging<Category>(data, c => c.Id, "Category", connectionName: "Categories")
        .UseFiltering(data, CatalogFilters.Category)
        .UseSorting(data, CatalogSorts.Category);

    public static FieldDescriptor TagConnection(this FieldDescriptor field, DataConventions data) => field
        .UsePaging<Tag>(data, t => t.Id, "Tag", connectionName: "Tags")
        .UseFiltering(data, CatalogFilters.Tag)
        .UseSorting(data, CatalogSorts.Tag);

    public static FieldDescriptor AuthorConnection(this FieldDescriptor field, DataConventions data) => field
        .UsePaging<Author>(data, a => a.Id, "Author", connectionName: "Authors")
        .UseFiltering(data, CatalogFilters.Author)
        .UseSorting(data, CatalogSorts.Author);
}
