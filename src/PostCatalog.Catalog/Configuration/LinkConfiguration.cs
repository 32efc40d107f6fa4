using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PostCatalog.Catalog.Configuration;

/// <summary>The many-to-many links, each an explicit join entity with a composite key.</summary>
internal sealed class LinkConfiguration :
    IEntityTypeConfiguration<PostCategory>, IEntityTypeConfiguration<PostTag>, IEntityTypeConfiguration<Byline>
{
    public void Configure(EntityTypeBuilder<PostCategory> link)
    {
        link.ToTable("post_categories");
        link.HasKey(l => new { l.PostId, l.CategoryId });
        link.HasOne(l => l.Post).WithMany(p => p.Categories).HasForeignKey(l => l.PostId);
        link.HasOne(l => l.Category).WithMany(c => c.Posts).HasForeignKey(l => l.CategoryId);
        link.HasIndex(l => l.CategoryId).HasDatabaseName("ix_post_categories_category_id");
    }

    public void Configure(EntityTypeBuilder<PostTag> link)
    {
        link.ToTable("post_tags");
        link.HasKey(l => new { l.PostId, l.TagId });
        link.HasOne(l => l.Post).WithMany(p => p.Tags).HasForeignKey(l => l.PostId);
        link.HasOne(l => l.Tag).WithMany(t => t.Posts).HasForeignKey(l => l.TagId);
        link.HasIndex(l => l.TagId).HasDatabaseName("ix_post_tags_tag_id");
    }

    public void Configure(EntityTypeBuilder<Byline> byline)
    {
        byline.ToTable("bylines");
        byline.HasKey(b => new { b.PostId, b.AuthorId });
        byline.HasOne(b => b.Post).WithMany(p => p.Bylines).HasForeignKey(b => b.PostId);
        byline.HasOne(b => b.Author).WithMany(a => a.Bylines).HasForeignKey(b => b.AuthorId);
        byline.HasIndex(b => b.AuthorId).HasDatabaseName("ix_bylines_author_id");
    }
}
