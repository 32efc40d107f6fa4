using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PostCatalog.Api.Schema.Data;
using PostCatalog.GraphQL.Types;
using PostCatalog.Import.Reporting;

namespace PostCatalog.Api.Schema.Types;

/// <summary>
/// <c>lastImport: ImportReport</c>: the report the latest import stored beside the catalog (ImportRun.ReportJson),
/// so a client can see what the catalog was built from: documents, counts, merges, warnings with positions,
/// quarantined entries with reasons. Null when nothing was imported (e.g. a generated catalog).
/// </summary>
public static class ImportReportType
{
    /// <summary>The stored JSON of <see cref="ImportReport"/>, read back (ImportReport itself only appends).</summary>
    public sealed record StoredImportReport(
        DateTimeOffset StartedAt, DateTimeOffset FinishedAt, ImportCounts Counts, CatalogChanges? Changes,
        IReadOnlyList<DocumentResult>? Documents, IReadOnlyList<PostMerge>? Merges,
        IReadOnlyList<ImportWarning>? Warnings, IReadOnlyList<QuarantinedEntry>? Quarantined);

    public static SchemaBuilder AddImportReportTypes(this SchemaBuilder builder) => builder
        .ExtendObjectType("Query", q => q.Field("lastImport", "ImportReport", f => f
            .Description("The report of the latest import: documents read, counts, merges, warnings and quarantined entries.")
            .ResolveAsync(async ctx =>
            {
                await using var db = ctx.Catalog();
                var json = await db.ImportRuns.AsNoTracking().OrderByDescending(r => r.Id).Select(r => r.ReportJson).FirstOrDefaultAsync(ctx.RequestAborted);
                return json is null ? null : JsonSerializer.Deserialize<StoredImportReport>(json, ImportReport.JsonOptions);
            })))
        .AddObjectType<StoredImportReport>("ImportReport", t => t
            .Description("What one import did.")
            .Field("startedAt", "DateTime!", r => r.StartedAt)
            .Field("finishedAt", "DateTime!", r => r.FinishedAt)
            .Field("counts", "ImportCounts!", r => r.Counts)
            .Field("changes", "ImportChanges!", r => r.Changes ?? CatalogChanges.None)
            .Field("documents", "[ImportDocument!]!", r => r.Documents ?? [])
            .Field("merges", "[ImportMerge!]!", f => f
                .Description("Each post with the mentions that became it and the rules that joined them.")
                .Resolve(ctx => ctx.Parent<StoredImportReport>().Merges ?? []))
            .Field("warnings", "[ImportWarning!]!", r => r.Warnings ?? [])
            .Field("quarantined", "[QuarantinedEntry!]!", f => f
                .Description("Mentions kept out of the catalog because they look like test entries.")
                .Resolve(ctx => ctx.Parent<StoredImportReport>().Quarantined ?? [])))
        .AddObjectType<ImportCounts>("ImportCounts", t => t
            .Field("documentsRead", "Int!", c => c.DocumentsRead)
            .Field("documentsSkipped", "Int!", c => c.DocumentsSkipped)
            .Field("mentions", "Int!", f => f.Description("Post mentions read, before merging.").Resolve(ctx => ctx.Parent<ImportCounts>().Mentions))
            .Field("posts", "Int!", c => c.Posts)
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
            .Field("status", "String!", f => f.Description("READ, UNKNOWN_FORMAT or UNREADABLE.").Resolve(ctx => ctx.Parent<DocumentResult>().Status switch
            {
                DocumentStatus.Read => "READ",
                DocumentStatus.UnknownFormat => "UNKNOWN_FORMAT",
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
