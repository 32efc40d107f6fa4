using Microsoft.EntityFrameworkCore;
using PostCatalog.GraphQL.Types.Relay;
using PostCatalog.Api.Tests.Infrastructure;
using PostCatalog.Catalog;

namespace PostCatalog.Api.Tests.Catalog;

/// <summary>
/// The whole imported catalog loaded straight from the database (SQLite or PostgreSQL), in memory: the answer a filter, an order or a walk
/// of pages should give is computed here with LINQ to Objects (ordinal strings, C# comparisons) and compared with what
/// the API sends. It never goes through the GraphQL layer, so a wrong translation to SQL shows as a difference.
/// </summary>
public sealed class CatalogOracle
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static readonly Dictionary<string, CatalogOracle> Loaded = [];

    private CatalogOracle(List<Post> posts, List<Category> categories, List<Tag> tags, List<Author> authors)
    {
        Posts = posts;
        Categories = categories;
        Tags = tags;
        Authors = authors;
    }

    public IReadOnlyList<Post> Posts { get; }
    public IReadOnlyList<Category> Categories { get; }
    public IReadOnlyList<Tag> Tags { get; }
    public IReadOnlyList<Author> Authors { get; }

    /// <summary>The catalog behind <paramref name="api"/>, loaded once per factory (after the server has imported the seeds).</summary>
    public static async Task<CatalogOracle> LoadAsync(CatalogApiFactory api)
    {
        _ = api.Services; // starts the host: the catalog is imported before the first request
        await Gate.WaitAsync();
        try
        {
            if (Loaded.TryGetValue(api.CatalogKey, out var known)) return known;
            await using var db = (await api.OpenCatalogAsync()).CreateDbContext();
            var posts = await db.Posts.AsNoTracking().AsSplitQuery()
                .Include(p => p.Categories).ThenInclude(pc => pc.Category)
                .Include(p => p.Tags).ThenInclude(pt => pt.Tag)
                .Include(p => p.Bylines).ThenInclude(b => b.Author)
                .Include(p => p.Sources)
                .ToListAsync();
            var oracle = new CatalogOracle(posts,
                await db.Categories.AsNoTracking().Include(c => c.Posts).ToListAsync(),
                await db.Tags.AsNoTracking().Include(t => t.Posts).ToListAsync(),
                await db.Authors.AsNoTracking().Include(a => a.Bylines).ToListAsync());
            Loaded[api.CatalogKey] = oracle;
            return oracle;
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>Global ids of the posts that satisfy <paramref name="predicate"/>, sorted, as the API would print them.</summary>
    public string[] PostIdsWhere(Func<Post, bool> predicate) =>
        [.. Posts.Where(predicate).Select(p => GlobalId.Format("Post", p.Id)).Order(StringComparer.Ordinal)];

    public static IEnumerable<Author> AuthorsOf(Post post) => post.Bylines.Select(b => b.Author);
}
