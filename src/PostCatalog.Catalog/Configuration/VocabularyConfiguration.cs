using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PostCatalog.Catalog.Configuration;

/// <summary>Categories, tags and authors: each identified by a unique slug and looked up by name.</summary>
internal sealed class VocabularyConfiguration :
    IEntityTypeConfiguration<Category>, IEntityTypeConfiguration<Tag>, IEntityTypeConfiguration<Author>
{
    public void Configure(EntityTypeBuilder<Category> category)
    {
        category.ToTable("categories");
        category.HasIndex(c => c.Slug).IsUnique().HasDatabaseName("ix_categories_slug");
        category.HasIndex(c => c.Name).HasDatabaseName("ix_categories_name");
    }

    public void Configure(EntityTypeBuilder<Tag> tag)
    {
        tag.ToTable("tags");
        tag.HasIndex(t => t.Slug).IsUnique().HasDatabaseName("ix_tags_slug");
        tag.HasIndex(t => t.Name).HasDatabaseName("ix_tags_name");
    }

    public void Configure(EntityTypeBuilder<Author> author)
    {
        author.ToTable("authors");
        author.HasIndex(a => a.Slug).IsUnique().HasDatabaseName("ix_authors_slug");
        author.HasIndex(a => a.Name).HasDatabaseName("ix_authors_name");
    }
}
