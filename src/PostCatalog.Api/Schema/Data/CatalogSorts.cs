using PostCatalog.Catalog;
using PostCatalog.GraphQL.Data.Sorting;

namespace PostCatalog.Api.Schema.Data;

/// <summary>The <c>order</c> inputs: fields a reader sorts by, counts where they make sense. Entries apply in the order given;
/// the id is always the final tie-breaker, which keeps keyset cursors exact.</summary>
public static class CatalogSorts
{
    public static SortType<Post> Post { get; } = SortType<Post>.Create(s => s
        .Field("title", p => p.Title)
        .Field("slug", p => p.Slug)
        .Field("publishedAt", p => p.PublishedAt)
        .Field("wordPressId", p => p.WordPressId)
        .Field("isExcerptTruncated", p => p.IsExcerptTruncated));

    public static SortType<Category> Category { get; } = SortType<Category>.Create(s => s
        .Field("name", c => c.Name)
        .Field("slug", c => c.Slug)
        .Field("wordPressId", c => c.WordPressId)
        .Field("declaredPostCount", c => c.DeclaredPostCount)
        .Field("postCount", c => c.Posts.Count));

    public static SortType<Tag> Tag { get; } = SortType<Tag>.Create(s => s
        .Field("name", t => t.Name)
        .Field("slug", t => t.Slug)
        .Field("postCount", t => t.Posts.Count));

    public static SortType<Author> Author { get; } = SortType<Author>.Create(s => s
        .Field("name", a => a.Name)
        .Field("slug", a => a.Slug)
        .Field("postCount", a => a.Bylines.Count));
}
