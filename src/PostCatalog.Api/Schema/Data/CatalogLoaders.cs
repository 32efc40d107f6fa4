using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PostCatalog.Catalog;
using PostCatalog.GraphQL.Data.Memo;
using PostCatalog.GraphQL.Execution.DataLoader;
using PostCatalog.GraphQL.Types;

namespace PostCatalog.Api.Schema.Data;

/// <summary>
/// The batched lookups behind nested fields: every post of a page asks for its categories, and the executor turns
/// those asks into one SQL query per field and level (the categories of 50 posts are one query, not 50).
/// </summary>
public static class CatalogLoaders
{
    /// <summary>A context for one query, which the caller disposes (<c>await using var db = context.Catalog();</c>).</summary>
    public static CatalogDbContext Catalog(this IResolverContext context) =>
        context.Services.GetRequiredService<CatalogContexts>().Rent();

    /// <summary>
    /// A context that lives until the request ends, for resolvers that return a query (<c>ctx.RequestCatalog().Posts</c>)
    /// which the paging, filtering and sorting middleware run after the resolver has returned. Never dispose it.
    /// Every parent of the same selection gets the same context, so their queries can be sent as one statement.
    /// </summary>
    public static CatalogDbContext RequestCatalog(this IResolverContext context) =>
        context.Services.GetRequiredService<CatalogContexts>().ForRequest(context.Selection);

    /// <summary>An entity by primary key, batched: <c>node</c>, <c>nodes</c> and <c>Byline.post</c> use it.</summary>
    public static Task<T?> ById<T>(this IResolverContext context, int id, Func<T, int> keyOf) where T : class =>
        context.BatchLoad<int, T>(id, async (ids, ct) =>
        {
            await using var db = context.Catalog();
            var rows = await db.Set<T>().AsNoTracking().Where(e => ids.Contains(EF.Property<int>(e, "Id"))).ToListAsync(ct);
            return rows.ToDictionary(keyOf);
        }, typeof(T).Name + ".byId");

    public static Task<Category[]> CategoriesOf(this IResolverContext context, int postId) =>
        context.GroupLoad<int, Category>(postId, async (ids, ct) =>
        {
            await using var db = context.Catalog();
            var rows = await CompiledCatalogQueries.CategoriesOfPosts(db, [.. ids]).ToListAsync(ct);
            return rows.ToLookup(r => r.Key, r => r.Item);
        }, "post.categories");

    public static Task<Tag[]> TagsOf(this IResolverContext context, int postId) =>
        context.GroupLoad<int, Tag>(postId, async (ids, ct) =>
        {
            await using var db = context.Catalog();
            var rows = await CompiledCatalogQueries.TagsOfPosts(db, [.. ids]).ToListAsync(ct);
            return rows.ToLookup(r => r.Key, r => r.Item);
        }, "post.tags");

    /// <summary>Bylines with their authors, in byline order; shared by <c>Post.authors</c> and <c>Post.bylines</c>.</summary>
    public static Task<Byline[]> BylinesOf(this IResolverContext context, int postId) =>
        context.GroupLoad<int, Byline>(postId, async (ids, ct) =>
        {
            await using var db = context.Catalog();
            var rows = await CompiledCatalogQueries.BylinesOfPosts(db, [.. ids]).ToListAsync(ct);
            return rows.ToLookup(b => b.PostId);
        }, "post.bylines");

    public static Task<PostSource[]> SourcesOf(this IResolverContext context, int postId) =>
        context.GroupLoad<int, PostSource>(postId, async (ids, ct) =>
        {
            await using var db = context.Catalog();
            var rows = await CompiledCatalogQueries.SourcesOfPosts(db, [.. ids]).ToListAsync(ct);
            return rows.ToLookup(s => s.PostId);
        }, "post.sources");

    public static Task<Byline[]> BylinesByAuthor(this IResolverContext context, int authorId) =>
        context.GroupLoad<int, Byline>(authorId, async (ids, ct) =>
        {
            await using var db = context.Catalog();
            var rows = await db.Bylines.AsNoTracking().Include(b => b.Post).Include(b => b.Author)
                .Where(b => ids.Contains(b.AuthorId))
                .OrderByDescending(b => b.Post.PublishedAt).ThenBy(b => b.PostId).ToListAsync(ct);
            return rows.ToLookup(b => b.AuthorId);
        }, "author.bylines");

    /// <summary>The memo of answers that change only with the catalog (<see cref="Memo.CatalogMemo"/>); computes every time when none is registered.</summary>
    public static IResultMemo Memo(this IResolverContext context) =>
        context.Services.GetService<IResultMemo>() ?? NoMemo.Instance;

    /// <summary>
    /// Post counts per category, tag or author: one GROUP BY for every parent on the level, remembered per catalog
    /// version for the same parents (a page asked for again costs no statement).
    /// </summary>
    public static Task<int> PostCountOf(this IResolverContext context, string kind, int id) =>
        context.BatchLoad<int, int>(id, (ids, ct) => context.Memo().GetOrAddAsync(
            $"postCount:{kind}:{string.Join(',', ids.Order())}", memoCt => CountPostsAsync(context, kind, ids, memoCt), ct), "postCount:" + kind);

    private static async ValueTask<IReadOnlyDictionary<int, int>> CountPostsAsync(IResolverContext context, string kind,
        IReadOnlyList<int> ids, CancellationToken ct)
    {
        await using var db = context.Catalog();
        var keys = kind switch
        {
            "Category" => db.PostCategories.Select(x => x.CategoryId),
            "Tag" => db.PostTags.Select(x => x.TagId),
            _ => db.Bylines.Select(x => x.AuthorId),
        };
        var counts = await keys.Where(k => ids.Contains(k)).GroupBy(k => k)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return ids.ToDictionary(i => i, i => counts.GetValueOrDefault(i));
    }
}
