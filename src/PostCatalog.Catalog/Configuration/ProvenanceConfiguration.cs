using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PostCatalog.Catalog.Configuration;

internal sealed class ProvenanceConfiguration : IEntityTypeConfiguration<PostSource>, IEntityTypeConfiguration<ImportRun>,
    IEntityTypeConfiguration<StoredDocument>
{
    public void Configure(EntityTypeBuilder<PostSource> source)
    {
        source.ToTable("post_sources");
        source.HasIndex(s => s.PostId).HasDatabaseName("ix_post_sources_post_id");
        source.HasIndex(s => s.Document).HasDatabaseName("ix_post_sources_document");
    }

    public void Configure(EntityTypeBuilder<ImportRun> run) => run.ToTable("import_runs");

    public void Configure(EntityTypeBuilder<StoredDocument> document)
    {
        document.ToTable("documents");
        document.HasIndex(d => d.Name).IsUnique().HasDatabaseName("ix_documents_name");
        document.HasIndex(d => d.ContentHash).HasDatabaseName("ix_documents_content_hash");
    }
}
