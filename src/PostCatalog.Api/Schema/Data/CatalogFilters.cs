using PostCatalog.Catalog;
using PostCatalog.GraphQL.Data.Filtering;

namespace PostCatalog.Api.Schema.Data;

/// <summary>The <c>where</c> inputs, in HotChocolate's names: every scalar field of an entity, plus its relations with
/// <c>some/all/none/any</c> (posts in a category, by an author, with a tag; <c>authors: { any: false }</c> for posts with no known author).</summary>
public static class CatalogFilters
{
    public static FilterType<Category> Category { get; } = FilterType<Category>.Create(f => f
        .Field("name", c => c.Name)
        .Field("slug", c => c.Slug)
        .Field("wordPressId", c => c.WordPressId)
        .Field("declaredPostCount", c => c.DeclaredPostCount));

    public static FilterType<Tag> Tag { get; } = FilterType<Tag>.Create(f => f
        .Field("name", t => t.Name)
        .Field("slug", t => t.Slug));

    public static FilterType<Author> Author { get; } = FilterType<Author>.Create(f => f
        .Field("name", a => a.Name)
        .Field("slug", a => a.Slug));

    public static FilterType<Byline> Byline { get; } = FilterType<Byline>.Create(f => f
        .Field("role", b => b.Role)
        .Field("position", b => b.Position)
        .Object("author", b => b.Author, Author));

    public static FilterType<Post> Post { get; } = FilterType<Post>.Create(f => f
        .Field("title", p => p.Title)
        .Field("slug", p => p.Slug)
        .Field("url", p => p.Url)
        .Field("wordPressId", p => p.WordPressId)
        .Field("publishedAt", p => p.PublishedAt)
        .Field("excerpt", p => p.Excerpt)
        .Field("isExcerptTruncated", p => p.IsExcerptTruncated)
        .Field("thumbnailUrl", p => p.ThumbnailUrl)
        .List("categories", p => p.Categories.Select(pc => pc.Category), Category)
        .List("tags", p => p.Tags.Select(pt => pt.Tag), Tag)
        .List("authors", p => p.Bylines.Select(b => b.Author), Author)
        .List("bylines", p => p.Bylines, Byline));
}
