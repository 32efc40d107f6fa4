using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace PostCatalog.GraphQL.Tests.Data.Fixtures;

/// <summary>An in-memory SQLite database (the connection stays open for its lifetime) holding the given articles.</summary>
public sealed class BlogDatabase : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public BlogDatabase(IEnumerable<Article> articles)
    {
        _connection.Open();
        using (var context = CreateContext())
        {
            context.Database.EnsureCreated();
            context.Articles.AddRange(articles);
            context.SaveChanges();
        }

        Log.Clear();
    }

    public SqlLog Log { get; } = new();

    /// <summary>A fresh context per query, as a request would have; nothing is served from its change tracker.</summary>
    public BlogContext CreateContext() => new(new DbContextOptionsBuilder<BlogContext>()
        .UseSqlite(_connection)
        .AddInterceptors(Log)
        .Options);

    public void Dispose() => _connection.Dispose();
}
