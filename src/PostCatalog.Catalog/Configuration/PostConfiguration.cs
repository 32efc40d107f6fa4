using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PostCatalog.Catalog.Configuration;

internal sealed class PostConfiguration : IEntityTypeConfiguration<Post>
{
    public void Configure(EntityTypeBuilder<Post> post)
    {
        post.ToTable("posts");
        post.HasIndex(p => p.Slug).IsUnique().HasFilter("slug IS NOT NULL").HasDatabaseName("ix_posts_slug");
        post.HasIndex(p => p.WordPressId).IsUnique().HasFilter("word_press_id IS NOT NULL").HasDatabaseName("ix_posts_word_press_id");
        post.HasIndex(p => p.Url).HasDatabaseName("ix_posts_url");
        post.HasIndex(p => p.PublishedAt).HasDatabaseName("ix_posts_published_at");
        post.HasIndex(p => p.Title).HasDatabaseName("ix_posts_title");
        post.HasMany(p => p.Sources).WithOne(s => s.Post).HasForeignKey(s => s.PostId);
    }
}
