using Microsoft.EntityFrameworkCore;
using PostCatalog.Catalog.Configuration;

namespace PostCatalog.Catalog;

/// <summary>
/// The post catalog. The schema is created and upgraded by <see cref="Migrations.CatalogMigrator"/>
/// (open the database through <see cref="CatalogDatabase.OpenAsync(string, CancellationToken)"/>), never by EnsureCreated.
/// Full-text search lives in the table <c>post_search</c>, owned by <see cref="Search.CatalogSearchIndex"/>.
/// </summary>
public class CatalogDbContext(DbContextOptions<CatalogDbContext> options) : DbContext(options)
{
    internal const string PostgresProviderName = "Npgsql.EntityFrameworkCore.PostgreSQL";

    /// <summary>Which provider this context runs on (raw SQL that differs between them asks).</summary>
    public CatalogProvider Provider => Database.ProviderName == PostgresProviderName ? CatalogProvider.PostgreSQL : CatalogProvider.Sqlite;

    public DbSet<Post> Posts => Set<Post>();
    public DbSet<Category> Categories => Set<Category>();
    public DbSet<Tag> Tags => Set<Tag>();
    public DbSet<Author> Authors => Set<Author>();
    public DbSet<Byline> Bylines => Set<Byline>();
    public DbSet<PostCategory> PostCategories => Set<PostCategory>();
    public DbSet<PostTag> PostTags => Set<PostTag>();
    public DbSet<PostSource> PostSources => Set<PostSource>();
    public DbSet<ImportRun> ImportRuns => Set<ImportRun>();
    public DbSet<StoredDocument> Documents => Set<StoredDocument>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CatalogDbContext).Assembly);
        SnakeCaseNames.Apply(modelBuilder);
        if (Database.ProviderName == PostgresProviderName)
        {
            UtcTimestamps.Apply(modelBuilder);
        }
    }
}
