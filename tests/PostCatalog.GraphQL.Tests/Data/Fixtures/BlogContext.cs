using Microsoft.EntityFrameworkCore;

namespace PostCatalog.GraphQL.Tests.Data.Fixtures;

public sealed class BlogContext(DbContextOptions<BlogContext> options) : DbContext(options)
{
    public DbSet<Article> Articles => Set<Article>();
    public DbSet<Writer> Writers => Set<Writer>();
    public DbSet<Label> Labels => Set<Label>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Article>().HasMany(a => a.Labels).WithMany(l => l.Articles);
        // Indexes like the catalog's, so query plan tests can check that keyset pages seek instead of sorting.
        modelBuilder.Entity<Article>().HasIndex(a => a.PublishedOn);
        modelBuilder.Entity<Article>().HasIndex(a => a.Title);
    }
}
