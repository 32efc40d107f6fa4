namespace PostCatalog.GraphQL.Tests.Data.Fixtures;

/// <summary>A small, hand-made set of articles whose every filter answer can be read off by eye.</summary>
public static class SampleArticles
{
    public static List<Article> Create()
    {
        var ada = new Writer { Id = 1, Name = "Ada" };
        var grace = new Writer { Id = 2, Name = "Grace" };
        var graphql = new Label { Id = 1, Name = "graphql" };
        var dotnet = new Label { Id = 2, Name = "dotnet" };
        var sql = new Label { Id = 3, Name = "sql" };

        return
        [
            new() { Id = 1, Title = "GraphQL basics", Subtitle = "First steps", Rating = 5, Views = 100, Score = 4.5,
                PublishedOn = new(2024, 1, 10), UpdatedAt = new(2024, 1, 10, 8, 0, 0, DateTimeKind.Utc), IsFeatured = true,
                Url = "https://blog.example/graphql-basics", Status = ArticleStatus.Published, Writer = ada, Labels = [graphql] },
            new() { Id = 2, Title = "Advanced graphql", Subtitle = null, Rating = 4, Views = 2_000_000_000_000, Score = 3.25,
                PublishedOn = new(2024, 3, 5), UpdatedAt = new(2024, 3, 5, 9, 30, 0, DateTimeKind.Utc), IsFeatured = false,
                Url = "https://blog.example/advanced-graphql", Status = ArticleStatus.Published, Writer = grace, Labels = [graphql, dotnet] },
            new() { Id = 3, Title = "EF Core and SQLite", Subtitle = "Keyset paging", Rating = null, Views = 50, Score = 2.0,
                PublishedOn = new(2023, 12, 24), UpdatedAt = new(2023, 12, 24, 12, 0, 0, DateTimeKind.Utc), IsFeatured = true,
                Url = null, Status = ArticleStatus.Draft, Writer = ada, Labels = [dotnet, sql] },
            new() { Id = 4, Title = "Untitled draft", Subtitle = null, Rating = 1, Views = 0, Score = 0.5,
                PublishedOn = null, UpdatedAt = new(2024, 6, 1, 0, 0, 0, DateTimeKind.Utc), IsFeatured = false,
                Url = "https://blog.example/untitled", Status = ArticleStatus.NotListed, Writer = null, Labels = [] },
        ];
    }
}
