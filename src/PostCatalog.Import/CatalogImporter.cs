using Microsoft.EntityFrameworkCore;
using PostCatalog.Catalog;
using PostCatalog.Import.Documents;
using PostCatalog.Import.Readers;
using PostCatalog.Import.Reconciliation;
using PostCatalog.Import.Reporting;
using PostCatalog.Import.Writing;

namespace PostCatalog.Import;

/// <summary>
/// Imports seed documents into the catalog: Readers (chosen by content) -> Reconciler -> CatalogWriter
/// (one transaction). Usage:
/// <code>
/// var report = await new CatalogImporter().ImportAsync(["seeds"], database.Options, ct);
/// Console.Write(report.ToText());   // or report.ToJson()
/// </code>
/// Unknown or unreadable documents are reported and skipped; the others still import.
/// The catalog afterwards holds exactly what the given documents say (posts no document mentions are
/// removed); when no document could be read at all, the catalog is left unchanged.
/// </summary>
public sealed class CatalogImporter(IReadOnlyList<IDocumentReader>? readers = null, TimeProvider? time = null)
{
    private readonly IReadOnlyList<IDocumentReader> _readers = readers ?? DocumentReaders.All;
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    public async Task<ImportReport> ImportAsync(IReadOnlyList<string> paths, DbContextOptions<CatalogDbContext> options, CancellationToken cancellationToken = default)
    {
        await using var db = new CatalogDbContext(options);
        return await ImportAsync(paths, db, cancellationToken);
    }

    /// <summary>Reads, reconciles and writes. Throws when the write fails; the catalog is then unchanged.</summary>
    public async Task<ImportReport> ImportAsync(IReadOnlyList<string> paths, CatalogDbContext db, CancellationToken cancellationToken = default)
    {
        var (catalog, report) = await ReadAsync(paths, cancellationToken);
        if (report.Counts.DocumentsRead == 0)
        {
            report.AddWarning(new ImportWarning("(import)", null, "no document could be read; the catalog was left unchanged"));
            report.Counts = report.Counts with { Warnings = report.Warnings.Count };
            report.FinishedAt = _time.GetUtcNow();
            return report;
        }
        await new CatalogWriter(_time).WriteAsync(db, catalog, report, cancellationToken);
        return report;
    }

    /// <summary>Reads and reconciles without touching a database (a dry run; also what tests inspect).</summary>
    public async Task<(ReconciledCatalog Catalog, ImportReport Report)> ReadAsync(IReadOnlyList<string> paths, CancellationToken cancellationToken = default)
    {
        var report = new ImportReport { StartedAt = _time.GetUtcNow() };
        var documents = await DocumentLoader.LoadAsync(paths, report, cancellationToken);
        var results = new List<ReadResult>();

        foreach (var document in documents)
        {
            var reader = DocumentReaders.Choose(document, _readers);
            if (reader is null)
            {
                report.AddDocument(new DocumentResult(document.Name, null, DocumentStatus.UnknownFormat, 0, "no reader recognises its content"));
                continue;
            }
            ReadResult result;
            try
            {
                result = reader.Read(document);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A reader bug must not stop the other documents.
                report.AddDocument(new DocumentResult(document.Name, reader.Format, DocumentStatus.Unreadable, 0, e.Message));
                continue;
            }
            report.AddDocument(new DocumentResult(document.Name, reader.Format, DocumentStatus.Read, result.Mentions.Count));
            report.AddWarnings(result.Warnings);
            results.Add(result);
        }

        var catalog = Reconciler.Reconcile(results);
        report.AddWarnings(catalog.Warnings);
        foreach (var entry in catalog.Quarantined) report.AddQuarantined(entry);
        foreach (var post in catalog.Posts)
            report.AddMerge(new PostMerge(post.Title, post.Slug, post.Mentions.Count,
                post.Mentions.Select(m => $"{m.Document} {m.Position}").ToList(), post.MatchedBy.ToList()));

        report.Counts = new ImportCounts(
            DocumentsRead: results.Count,
            DocumentsSkipped: report.Documents.Count(d => d.Status != DocumentStatus.Read),
            Mentions: results.Sum(r => r.Mentions.Count),
            Posts: catalog.Posts.Count,
            Categories: catalog.Categories.Count,
            Tags: catalog.Tags.Count,
            Authors: catalog.Authors.Count,
            Quarantined: catalog.Quarantined.Count,
            Warnings: report.Warnings.Count);
        return (catalog, report);
    }
}
