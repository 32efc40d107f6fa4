using PostCatalog.GraphQL.Execution.DataLoader;
using PostCatalog.GraphQL.Types;
using static PostCatalog.GraphQL.Tests.Execution.ExecutionHarness;

namespace PostCatalog.GraphQL.Tests.Execution.DataLoader;

/// <summary>The executor dispatches DataLoader batches once per level, so lists of lists cost one fetch per level.</summary>
public class DataLoaderExecutionTests
{
    private sealed record Post(int Id);
    private sealed record Category(string Slug);

    private sealed class Fetches
    {
        public int Categories;
        public int Counts;
        public List<int> CategoryBatchSizes { get; } = new();
    }

    private static Schema CatalogSchema(Fetches fetches) => SchemaBuilder.FromSdl("""
            type Query { posts(count: Int!): [Post!]! }
            type Post { id: Int! categories: [Category!]! }
            type Category { slug: String! postCount: Int! }
            """)
        .BindResolver("Query.posts", c => Enumerable.Range(1, c.ArgumentValue<int>("count")).Select(i => new Post(i)).ToList())
        .BindResolver("Post.categories", c => LoadCategories(c, fetches))
        .BindResolver("Category.postCount", c => LoadCount(c, fetches))
        .Build();

    private static async ValueTask<object?> LoadCategories(IResolverContext context, Fetches fetches) =>
        await context.GroupLoad<int, Category>(context.Parent<Post>().Id, (postIds, _) =>
        {
            Interlocked.Increment(ref fetches.Categories);
            lock (fetches.CategoryBatchSizes) fetches.CategoryBatchSizes.Add(postIds.Count);
            var rows = postIds.SelectMany(id => new[] { (id, new Category("even-" + id % 2)), (id, new Category("all")) });
            return ValueTask.FromResult(rows.ToLookup(r => r.Item1, r => r.Item2));
        });

    private static async ValueTask<object?> LoadCount(IResolverContext context, Fetches fetches) =>
        await context.BatchLoad<string, int>(context.Parent<Category>().Slug, (slugs, _) =>
        {
            Interlocked.Increment(ref fetches.Counts);
            return ValueTask.FromResult<IReadOnlyDictionary<string, int>>(slugs.ToDictionary(s => s, s => s.Length));
        });

    [Fact]
    public async Task Categories_of_fifty_posts_are_one_fetch()
    {
        var fetches = new Fetches();

        var result = await ExecuteAsync(CatalogSchema(fetches), "{ posts(count: 50) { id categories { slug } } }");

        Assert.Empty(result.Errors);
        Assert.Equal(1, fetches.Categories);
        Assert.Equal(new[] { 50 }, fetches.CategoryBatchSizes);
        var posts = (IReadOnlyList<object?>)result.Data!["posts"]!;
        Assert.Equal(50, posts.Count);
    }

    [Fact]
    public async Task Nested_lists_are_one_fetch_per_level()
    {
        var fetches = new Fetches();

        var json = await RunAsync(CatalogSchema(fetches), "{ posts(count: 3) { id categories { slug postCount } } }");

        Assert.Equal(1, fetches.Categories);
        Assert.Equal(1, fetches.Counts);
        Assert.Equal(Json("""
            {"data":{"posts":[
              {"id":1,"categories":[{"slug":"even-1","postCount":6},{"slug":"all","postCount":3}]},
              {"id":2,"categories":[{"slug":"even-0","postCount":6},{"slug":"all","postCount":3}]},
              {"id":3,"categories":[{"slug":"even-1","postCount":6},{"slug":"all","postCount":3}]}]}}
            """), json);
    }

    [Fact]
    public async Task Aliased_siblings_share_the_batch_of_their_level()
    {
        var fetches = new Fetches();

        await RunAsync(CatalogSchema(fetches), "{ a: posts(count: 2) { categories { slug } } b: posts(count: 3) { categories { slug } } }");

        Assert.Equal(new[] { 3 }, fetches.CategoryBatchSizes);
    }

    [Fact]
    public async Task A_failed_batch_fails_each_field_that_waited_for_it()
    {
        var schema = SchemaBuilder.FromSdl("type Query { posts: [Post] } type Post { id: Int title: String }")
            .BindResolver("Query.posts", _ => new[] { new Post(1), new Post(2) })
            .BindResolver("Post.title", async c => await c.BatchLoad<int, string>(c.Parent<Post>().Id,
                (_, _) => throw new InvalidOperationException("database down")))
            .Build();

        var result = await ExecuteAsync(schema, "{ posts { id title } }");

        Assert.Equal(2, result.Errors.Count);
        Assert.All(result.Errors, e => Assert.Equal("Unexpected Execution Error", e.Message));
        Assert.Equal(Json("""{"posts":[{"id":1,"title":null},{"id":2,"title":null}]}"""),
            Json(System.Text.Json.JsonSerializer.Serialize(result.Data)));
    }
}
