using Microsoft.EntityFrameworkCore;
using PostCatalog.Catalog;

namespace PostCatalog.Api.Schema.Data;

/// <summary>
/// The DataLoader fetches and the lookups by slug as EF Core compiled queries: LINQ translation is done once at startup instead of the
/// query cache lookup (which hashes the whole expression tree) on every batch. The SQL is the same.
/// </summary>
internal static class CompiledCatalogQueries
{
    public static readonly Func<CatalogDbContext, int[], IAsyncEnumerable<Linked<Category>>> CategoriesOfPosts =
        EF.CompileAsyncQuery((CatalogDbContext db, int[] ids) => db.PostCategories
            .Where(pc => ids.Contains(pc.PostId))
            .OrderBy(pc => pc.Category.Name)
            .Select(pc => new Linked<Category>(pc.PostId, pc.Category)));

    public static readonly Func<CatalogDbContext, int[], IAsyncEnumerable<Linked<Tag>>> TagsOfPosts =
        EF.CompileAsyncQuery((CatalogDbContext db, int[] ids) => db.PostTags
            .Where(pt => ids.Contains(pt.PostId))
            .OrderBy(pt => pt.Tag.Name)
            .Select(pt => new Linked<Tag>(pt.PostId, pt.Tag)));

    public static readonly Func<CatalogDbContext, int[], IAsyncEnumerable<Byline>> BylinesOfPosts =
        EF.CompileAsyncQuery<CatalogDbContext, int[], Byline>((CatalogDbContext db, int[] ids) => db.Bylines
            .Include(b => b.Author)
            .Where(b => ids.Contains(b.PostId))
            .OrderBy(b => b.Position));

    public static readonly Func<CatalogDbContext, int[], IAsyncEnumerable<PostSource>> SourcesOfPosts =
        EF.CompileAsyncQuery<CatalogDbContext, int[], PostSource>((CatalogDbContext db, int[] ids) => db.PostSources
            .Where(s => ids.Contains(s.PostId))
            .OrderBy(s => s.Document).ThenBy(s => s.Id));

    /// <summary>A post by slug and/or URL (given with and without its trailing slash); null arguments match anything.</summary>
    public static readonly Func<CatalogDbContext, string?, string?, string?, Task<Post?>> PostBySlugOrUrl =
        EF.CompileAsyncQuery((CatalogDbContext db, string? slug, string? url, string? urlWithSlash) => db.Posts
            .FirstOrDefault(p => (slug == null || p.Slug == slug) && (url == null || p.Url == url || p.Url == urlWithSlash)));

    public static readonly Func<CatalogDbContext, string, Task<Category?>> CategoryBySlug =
        EF.CompileAsyncQuery((CatalogDbContext db, string slug) => db.Categories.FirstOrDefault(c => c.Slug == slug));

    public static readonly Func<CatalogDbContext, string, Task<Tag?>> TagBySlug =
        EF.CompileAsyncQuery((CatalogDbContext db, string slug) => db.Tags.FirstOrDefault(t => t.Slug == slug));

    public static readonly Func<CatalogDbContext, string, Task<Author?>> AuthorBySlug =
        EF.CompileAsyncQuery((CatalogDbContext db, string slug) => db.Authors.FirstOrDefault(a => a.Slug == slug));

    public static async Task<List<T>> ToListAsync<T>(this IAsyncEnumerable<T> rows, CancellationToken cancellationToken)
    {
        var list = new List<T>();
        await foreach (var row in rows.WithCancellation(cancellationToken)) list.Add(row);
        return list;
    }
}

/// <summary>A related row with the key of the parent it belongs to (a category with the post it is on).</summary>
internal sealed record Linked<T>(int Key, T Item);
