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
    }
}
