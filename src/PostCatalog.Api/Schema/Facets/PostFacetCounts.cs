using Microsoft.EntityFrameworkCore;
using PostCatalog.Catalog;

namespace PostCatalog.Api.Schema.Facets;

/// <summary>
/// Each facet is one GROUP BY statement over the filtered posts (the filter is an id restriction:
/// <c>post_id IN (SELECT id FROM posts WHERE ...)</c>). Counts are of posts: a post is in a category once.
/// Categories, tags and authors come most frequent first (then by name); years and months newest first.
/// Posts without a published date count in no year or month.
/// </summary>
public static class PostFacetCounts
{
    public static Task<List<FacetValue>> CategoriesAsync(CatalogDbContext db, PostFacetsQuery query, int take, CancellationToken ct)
    {
        var ids = PostIds(db, query);
        IQueryable<PostCategory> links = db.PostCategories;
        if (ids is not null) links = links.Where(l => ids.Contains(l.PostId));
        return links.GroupBy(l => new { l.CategoryId, l.Category.Slug, l.Category.Name })
            .Select(g => new { g.Key, Count = g.Count() })
            .OrderByDescending(x => x.Count).ThenBy(x => x.Key.Name).ThenBy(x => x.Key.CategoryId).Take(take)
            .Select(x => new FacetValue(FacetKind.Category, x.Key.Slug, x.Key.Name, x.Count, x.Key.CategoryId))
            .ToListAsync(ct);
    }

    public static Task<List<FacetValue>> TagsAsync(CatalogDbContext db, PostFacetsQuery query, int take, CancellationToken ct)
    {
        var ids = PostIds(db, query);
        IQueryable<PostTag> links = db.PostTags;
        if (ids is not null) links = links.Where(l => ids.Contains(l.PostId));
        return links.GroupBy(l => new { l.TagId, l.Tag.Slug, l.Tag.Name })
            .Select(g => new { g.Key, Count = g.Count() })
            .OrderByDescending(x => x.Count).ThenBy(x => x.Key.Name).ThenBy(x => x.Key.TagId).Take(take)
            .Select(x => new FacetValue(FacetKind.Tag, x.Key.Slug, x.Key.Name, x.Count, x.Key.TagId))
            .ToListAsync(ct);
    }

    public static Task<List<FacetValue>> AuthorsAsync(CatalogDbContext db, PostFacetsQuery query, int take, CancellationToken ct)
    {
        var ids = PostIds(db, query);
        IQueryable<Byline> links = db.Bylines;
        if (ids is not null) links = links.Where(l => ids.Contains(l.PostId));
        return links.GroupBy(l => new { l.AuthorId, l.Author.Slug, l.Author.Name })
            .Select(g => new { g.Key, Count = g.Count() })
            .OrderByDescending(x => x.Count).ThenBy(x => x.Key.Name).ThenBy(x => x.Key.AuthorId).Take(take)
            .Select(x => new FacetValue(FacetKind.Author, x.Key.Slug, x.Key.Name, x.Count, x.Key.AuthorId))
            .ToListAsync(ct);
    }

    public static async Task<List<FacetValue>> YearsAsync(CatalogDbContext db, PostFacetsQuery query, int take, CancellationToken ct)
    {
        var rows = await Dated(db, query).GroupBy(p => p.PublishedAt!.Value.Year)
            .Select(g => new { Year = g.Key, Count = g.Count() })
            .OrderByDescending(x => x.Year).Take(take).ToListAsync(ct);
        return rows.Select(r => new FacetValue(FacetKind.Year, $"{r.Year:D4}", $"{r.Year:D4}", r.Count)).ToList();
    }

    public static async Task<List<FacetValue>> MonthsAsync(CatalogDbContext db, PostFacetsQuery query, int take, CancellationToken ct)
    {
        var rows = await Dated(db, query).GroupBy(p => new { p.PublishedAt!.Value.Year, p.PublishedAt!.Value.Month })
            .Select(g => new { g.Key.Year, g.Key.Month, Count = g.Count() })
            .OrderByDescending(x => x.Year).ThenByDescending(x => x.Month).Take(take).ToListAsync(ct);
        return rows.Select(r => new FacetValue(FacetKind.Month, $"{r.Year:D4}-{r.Month:D2}", $"{r.Year:D4}-{r.Month:D2}", r.Count)).ToList();
    }

    private static IQueryable<int>? PostIds(CatalogDbContext db, PostFacetsQuery query) =>
        query.Filter is null ? null : db.Posts.Where(query.Filter).Select(p => p.Id);

    private static IQueryable<Post> Dated(CatalogDbContext db, PostFacetsQuery query)
    {
        IQueryable<Post> posts = db.Posts;
        if (query.Filter is not null) posts = posts.Where(query.Filter);
        return posts.Where(p => p.PublishedAt != null);
    }
}
