using PostCatalog.GraphQL.Types;

namespace PostCatalog.Benchmarks;

/// <summary>The benchmark schema (documents/schema.graphql) over 200 in-memory posts, so execution measures the engine, not a database.</summary>
public static class BenchmarkCatalog
{
    public sealed record Author(string Id, string Name, string Slug);
    public sealed record Category(string Id, string Name, string Slug);
    public sealed record Byline(string? Role, Author Author);
    public sealed record Post(string Id, string Title, string Slug, string PublishedAt, string Excerpt, bool IsExcerptTruncated,
        Category[] Categories, Byline[] Bylines);

    public static string Document(string name) => File.ReadAllText(System.IO.Path.Combine(AppContext.BaseDirectory, "documents", name + ".graphql"));

    public static Schema BuildSchema()
    {
        var posts = CreatePosts(200);
        return SchemaBuilder.FromSdl(Document("schema"))
            .BindResolver("Query.posts", ctx => posts.Take(ctx.ArgumentValue<int?>("first") ?? 10))
            .BindResolver("Query.post", ctx => posts.FirstOrDefault(p => p.Id == ctx.ArgumentValue<string>("id")))
            .Build();
    }

    private static Post[] CreatePosts(int count)
    {
        var categories = Enumerable.Range(0, 18).Select(i => new Category($"c{i}", $"Category {i}", $"category-{i}")).ToArray();
        var authors = Enumerable.Range(0, 40).Select(i => new Author($"a{i}", $"Author {i}", $"author-{i}")).ToArray();
        return Enumerable.Range(0, count).Select(i => new Post(
            $"p{i}", $"Post number {i}: how we built it", $"post-{i}", $"2025-{1 + i % 12:00}-{1 + i % 28:00}",
            "We have a lot of dashboards at Spotify. Our Insight teams and analysts are constantly", i % 3 == 0,
            [categories[i % 18], categories[(i * 7) % 18]],
            [new Byline("Senior Engineer", authors[i % 40]), new Byline(null, authors[(i * 3) % 40])])).ToArray();
    }
}
