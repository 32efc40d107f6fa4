namespace PostCatalog.GraphQL.Tests.Data.Fixtures;

/// <summary>Many articles with repeated sort values and nulls in every nullable key, so that paging must lean on the id tie-breaker.</summary>
public static class GeneratedArticles
{
    public static List<Article> Create(int count)
    {
        var writers = new[] { new Writer { Id = 1, Name = "Ada" }, new Writer { Id = 2, Name = "Grace" }, null };
        return Enumerable.Range(1, count).Select(i => new Article
        {
            Id = i,
            Title = $"Title {i % 5}",
            Subtitle = i % 4 == 0 ? null : $"Sub {i % 3}",
            Rating = i % 3 == 0 ? null : i % 4,
            Views = i,
            PublishedOn = i % 6 == 0 ? null : new DateOnly(2024, 1, 1).AddDays(i % 7),
            UpdatedAt = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddHours(i),
            IsFeatured = i % 2 == 0,
            Status = (ArticleStatus)(i % 3),
            WriterId = writers[i % 3]?.Id,
        }).ToList();
    }

    /// <summary>Adds the writers the articles point at.</summary>
    public static BlogDatabase CreateDatabase(int count)
    {
        var database = new BlogDatabase([]);
        using var context = database.CreateContext();
        context.Writers.AddRange(new Writer { Id = 1, Name = "Ada" }, new Writer { Id = 2, Name = "Grace" });
        context.Articles.AddRange(Create(count));
        context.SaveChanges();
        database.Log.Clear();
        return database;
    }
}
