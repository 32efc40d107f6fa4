using Microsoft.EntityFrameworkCore;
using PostCatalog.Api.Schema.Data;
using PostCatalog.GraphQL.Types;
using PostCatalog.Import.Reporting;

namespace PostCatalog.Api.Schema.Types;

/// <summary>
/// <c>lastImport: ImportReport</c>: the report the latest import stored beside the catalog (ImportRun.ReportJson),
/// read back as the importer's own <see cref="ImportReport"/>, so a client can see what the catalog was built from:
/// documents, counts, merges, superseded scrapes, removed posts, warnings with positions, quarantined entries with
/// reasons. Null when nothing was imported (e.g. a generated catalog).
/// </summary>
public static class ImportReportType
{
    public static SchemaBuilder AddImportReportTypes(this SchemaBuilder builder) => builder
        .ExtendObjectType("Query", q => q.Field("lastImport", "ImportReport", f => f
            .Description("The report of the latest import: documents read, counts, merges, warnings and quarantined entries.")
            .ResolveAsync(async ctx =>
            {
                await using var db = ctx.Catalog();
                var json = await db.ImportRuns.AsNoTracking().OrderByDescending(r => r.Id).Select(r => r.ReportJson).FirstOrDefaultAsync(ctx.RequestAborted);
                return json is null ? null : ImportReport.FromJson(json);
            })))
        .AddObjectType<ImportReport>("ImportReport", t => t
            .Description("What one import did. The catalog is the reconciliation of every stored document; an import adds documents.")
            .Field("startedAt", "DateTime!", r => r.StartedAt)
            .Field("finishedAt", "DateTime!", r => r.FinishedAt)
            .Field("counts", "ImportCounts!", r => r.Counts)
            .Field("changes", "ImportChanges!", r => r.Changes)
            .Field("documents", "[ImportDocument!]!", f => f
                .Description("The documents given to this import, and the stored ones it removed.")
                .Resolve(ctx => ctx.Parent<ImportReport>().Documents))
            .Field("merges", "[ImportMerge!]!", f => f
                .Description("Each post with the mentions that became it and the rules that joined them.")
                .Resolve(ctx => ctx.Parent<ImportReport>().Merges))
            .Field("superseded", "[SupersededDocument!]!", f => f
                .Description("Stored scrapes whose mentions no longer count, because a later scrape of the same page is stored.")
                .Resolve(ctx => ctx.Parent<ImportReport>().Superseded))
            .Field("removedPosts", "[RemovedPost!]!", f => f
                .Description("Posts this import removed because no stored document mentions them any more.")
                .Resolve(ctx => ctx.Parent<ImportReport>().RemovedPosts))
            .Field("warnings", "[ImportWarning!]!", r => r.Warnings)
            .Field("quarantined", "[QuarantinedEntry!]!", f => f
                .Description("Mentions kept out of the catalog because they look like test entries.")
                .Resolve(ctx => ctx.Parent<ImportReport>().Quarantined)))
        .AddObjectType<ImportCounts>("ImportCounts", t => t
            .Field("documentsRead", "Int!", f => f.Description("Documents given that a reader understood (new, replacing, or unchanged).").Resolve(ctx => ctx.Parent<ImportCounts>().DocumentsRead))
            .Field("documentsSkipped", "Int!", c => c.DocumentsSkipped)
            .Field("documentsRemoved", "Int!", c => c.DocumentsRemoved)
            .Field("documentsStored", "Int!", f => f.Description("Stored documents after the import, superseded ones included.").Resolve(ctx => ctx.Parent<ImportCounts>().DocumentsStored))
            .Field("documentsSuperseded", "Int!", c => c.DocumentsSuperseded)
            .Field("mentions", "Int!", f => f.Description("Post mentions in the stored documents that count, before merging.").Resolve(ctx => ctx.Parent<ImportCounts>().Mentions))
            .Field("posts", "Int!", c => c.Posts)
            .Field("postsRemoved", "Int!", c => c.PostsRemoved)
            .Field("categories", "Int!", c => c.Categories)
            .Field("tags", "Int!", c => c.Tags)
            .Field("authors", "Int!", c => c.Authors)
            .Field("quarantined", "Int!", c => c.Quarantined)
            .Field("warnings", "Int!", c => c.Warnings))
        .AddObjectType<CatalogChanges>("ImportChanges", t => t
            .Description("Rows the import added, changed and removed; all zero when the same input is imported again.")
            .Field("added", "Int!", c => c.Added)
            .Field("updated", "Int!", c => c.Updated)
            .Field("removed", "Int!", c => c.Removed))
        .AddObjectType<DocumentResult>("ImportDocument", t => t
            .Description("One input document and what became of it.")
            .Field("name", "String!", d => d.Name)
            .Field("format", "String", f => f.Description("The reader that understood it; null when none did.").Resolve(ctx => ctx.Parent<DocumentResult>().Format))
            .Field("status", "String!", f => f
                .Description("READ (stored), REPLACED (stored instead of the stored document of that name), UNCHANGED (its content is stored already), " +
                             "REMOVED, UNKNOWN_FORMAT, UNREADABLE or TOO_LARGE (the last three are not stored).")
                .Resolve(ctx => ctx.Parent<DocumentResult>().Status switch
                {
                    DocumentStatus.Read => "READ",
                    DocumentStatus.Replaced => "REPLACED",
                    DocumentStatus.Unchanged => "UNCHANGED",
                    DocumentStatus.Removed => "REMOVED",
                    DocumentStatus.UnknownFormat => "UNKNOWN_FORMAT",
                    DocumentStatus.TooLarge => "TOO_LARGE",
                    _ => "UNREADABLE",
                }))
            .Field("mentions", "Int!", d => d.Mentions)
            .Field("message", "String", d => d.Message))
        .AddObjectType<PostMerge>("ImportMerge", t => t
            .Field("title", "String!", m => m.Title)
            .Field("slug", "String", m => m.Slug)
            .Field("mentions", "Int!", m => m.Mentions)
            .Field("sources", "[String!]!", f => f.Description("Document and position of each mention.").Resolve(ctx => ctx.Parent<PostMerge>().Sources))
            .Field("matchedBy", "[String!]!", f => f.Description("Rules that joined the mentions: url, title, excerpt.").Resolve(ctx => ctx.Parent<PostMerge>().MatchedBy)))
        .AddObjectType<SupersededDocument>("SupersededDocument", t => t
            .Field("document", "String!", s => s.Document)
            .Field("supersededBy", "String!", s => s.SupersededBy)
            .Field("sourceUrl", "String!", f => f.Description("The page both documents are scrapes of.").Resolve(ctx => ctx.Parent<SupersededDocument>().SourceUrl))
            .Field("mentions", "Int!", s => s.Mentions))
        .AddObjectType<RemovedPost>("RemovedPost", t => t
            .Field("title", "String!", p => p.Title)
            .Field("slug", "String", p => p.Slug)
            .Field("url", "String", p => p.Url))
        .AddObjectType<ImportWarning>("ImportWarning", t => t
            .Field("document", "String!", w => w.Document)
            .Field("position", "String", f => f.Description("Line or element; null for a whole-document warning.").Resolve(ctx => ctx.Parent<ImportWarning>().Position))
            .Field("message", "String!", w => w.Message))
        .AddObjectType<QuarantinedEntry>("QuarantinedEntry", t => t
            .Field("document", "String!", q => q.Document)
            .Field("position", "String!", q => q.Position)
            .Field("title", "String!", q => q.Title)
            .Field("reason", "String!", q => q.Reason));
}
