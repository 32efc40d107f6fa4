using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using PostCatalog.Api.Schema.Data;
using PostCatalog.Catalog;
using PostCatalog.GraphQL.Data.Filtering;
using PostCatalog.GraphQL.Execution.Subscriptions;
using PostCatalog.GraphQL.Types;
using PostCatalog.GraphQL.Types.Relay;

namespace PostCatalog.Api.Schema.Live;

/// <summary>
/// <c>type Subscription { postAdded(where: PostFilterInput): Post!  catalogChanged: CatalogChange! }</c>: events of
/// <see cref="CatalogChangeFeed"/>, one per committed import that changed anything. Each subscriber's buffer counts
/// imports, not posts: <c>postAdded</c> turns a change into its posts as the subscriber reads, so a large import
/// cannot overflow it.
/// </summary>
public static class SubscriptionType
{
    /// <summary>Posts read per statement when a change's added posts are matched against a subscriber's <c>where</c>.</summary>
    private const int PostsPerQuery = 256;

    public static SchemaBuilder AddCatalogSubscriptions(this SchemaBuilder builder) => builder
        .AddSubscriptionType(s => s
            .Description("Changes to the catalog, as imports commit them (in this process or any other on the same catalog).")
            .Field("postAdded", "Post!", f => f
                .Description("A post the catalog did not have before, once per post; `where` works as on `posts(where:)`.")
                .Argument(FilteringFieldExtensions.ArgumentName, "PostFilterInput")
                .Subscribe(ctx => AddedPosts(ctx.Feed().Changes.Subscribe(), ctx.Services,
                    ctx.ArgumentValue<IReadOnlyDictionary<string, object?>?>(FilteringFieldExtensions.ArgumentName), ctx.RequestAborted)))
            .Field("catalogChanged", "CatalogChange!", f => f
                .Description("Once per committed import that changed anything: its report and the posts it added, updated and removed.")
                .Subscribe(ctx => ctx.Feed().Changes.Subscribe())))
        .AddObjectType<CatalogChange>("CatalogChange", t => t
            .Description("What one import changed.")
            .Field("import", "ImportReport!", c => c.Import)
            .Field("added", "[Post!]!", f => f
                .Description("Posts the import added, by id.")
                .ResolveAsync(ctx => PostsByIdAsync(ctx, ctx.Parent<CatalogChange>().Added)))
            .Field("updated", "[Post!]!", f => f
                .Description("Posts the documents this import read mention that it did not add, by id (their data or sources may have changed).")
                .ResolveAsync(ctx => PostsByIdAsync(ctx, ctx.Parent<CatalogChange>().Updated)))
            .Field("removed", "[ID!]!", f => f
                .Description("The ids of the posts the import removed (no stored document mentions them any more).")
                .Resolve(ctx => ctx.Parent<CatalogChange>().Removed.Select(id => GlobalId.Format("Post", id)).ToArray())));

    private static CatalogChangeFeed Feed(this IResolverContext context) =>
        context.Services.GetRequiredService<CatalogChangeFeed>();

    private static async Task<List<Post>> PostsByIdAsync(IResolverContext context, IReadOnlyList<int> ids)
    {
        if (ids.Count == 0) return [];
        await using var db = context.Catalog();
        var posts = new List<Post>(ids.Count);
        foreach (var chunk in ids.Chunk(PostsPerQuery))
        {
            posts.AddRange(await db.Posts.AsNoTracking().Where(p => chunk.Contains(p.Id)).OrderBy(p => p.Id).ToListAsync(context.RequestAborted));
        }

        return posts;
    }

    private static async IAsyncEnumerable<object?> AddedPosts(TopicSubscription<CatalogChange> changes, IServiceProvider services,
        IReadOnlyDictionary<string, object?>? where, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var _ = changes;
        var contexts = services.GetRequiredService<IDbContextFactory<CatalogDbContext>>();
        await foreach (var change in changes.WithCancellation(cancellationToken))
        {
            foreach (var chunk in change.Added.Chunk(PostsPerQuery))
            {
                List<Post> matching;
                await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
                {
                    var query = db.Posts.AsNoTracking().Where(p => chunk.Contains(p.Id));
                    matching = await FilterExpressionBuilder.Apply(query, CatalogFilters.Post, where).OrderBy(p => p.Id).ToListAsync(cancellationToken);
                }

                foreach (var post in matching)
                {
                    yield return post;
                }
            }
        }
    }
}
