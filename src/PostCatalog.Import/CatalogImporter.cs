using Microsoft.EntityFrameworkCore;
using PostCatalog.Catalog;
using PostCatalog.Import.Documents;
using PostCatalog.Import.Readers;
using PostCatalog.Import.Reconciliation;
using PostCatalog.Import.Reporting;
using PostCatalog.Import.Writing;

namespace PostCatalog.Import;

/// <summary>
/// Imports documents into the catalog: DocumentLoader -> Readers (chosen by content) -> Supersession -> Reconciler
/// -> CatalogWriter, in ONE transaction (a failure or a killed process leaves the previous catalog). Usage:
/// <code>
/// var report = await new CatalogImporter().ImportAsync(["seeds"], database.Options, ct);   // add documents
/// await new CatalogImporter().ImportAsync(["today.txt"], database.Options, ImportMode.Replace, ct);
/// await new CatalogImporter().RemoveAsync(["old.txt"], database.Options, ct);
/// Console.Write(report.ToText());   // or report.ToJson()
/// </code>
/// The documents themselves are stored (table documents), and the catalog is the reconciliation of every stored
/// document, re-read on each import: an import adds documents, a later scrape of the same page supersedes the earlier
/// one, and a post disappears only when no stored document mentions it. The same file imported again changes nothing.
/// Unknown or unreadable documents are reported and skipped; when no given document could be read at all, the catalog
/// is left unchanged. The report is composed here, once, from what each step returned.
/// </summary>
/// <param name="progress">Told how many of the import's documents (the given ones and the stored ones re-read) are done, and the stage.</param>
public sealed class CatalogImporter(IReadOnlyList<IDocumentReader>? readers = null, TimeProvider? time = null, ImportOptions? options = null,
    IProgress<ImportProgress>? progress = null)
{
    private readonly IReadOnlyList<IDocumentReader> _readers = readers ?? DocumentReaders.All;
    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly ImportOptions _options = options ?? new ImportOptions();

    public Task<ImportReport> ImportAsync(IReadOnlyList<string> paths, DbContextOptions<CatalogDbContext> options, CancellationToken cancellationToken = default)
        => ImportAsync(paths, options, ImportMode.Add, cancellationToken);

    public async Task<ImportReport> ImportAsync(IReadOnlyList<string> paths, DbContextOptions<CatalogDbContext> options, ImportMode mode, CancellationToken cancellationToken = default)
    {
        await using var db = new CatalogDbContext(options);
        return await ImportAsync(paths, db, mode, cancellationToken);
    }

    /// <summary>Reads, reconciles and writes. Throws when the write fails; the catalog is then unchanged.</summary>
    public Task<ImportReport> ImportAsync(IReadOnlyList<string> paths, CatalogDbContext db, CancellationToken cancellationToken = default)
        => ImportAsync(paths, db, ImportMode.Add, cancellationToken);

    public async Task<ImportReport> ImportAsync(IReadOnlyList<string> paths, CatalogDbContext db, ImportMode mode, CancellationToken cancellationToken = default)
    {
        var started = _time.GetUtcNow();
        var loaded = await DocumentLoader.LoadAsync(paths, _options, cancellationToken);
        return await RunAsync(db, started, loaded, [], mode, cancellationToken);
    }

    /// <summary>Removes stored documents by name (<c>import --remove NAME</c>) and reconciles the catalog from the rest.</summary>
    public async Task<ImportReport> RemoveAsync(IReadOnlyList<string> names, DbContextOptions<CatalogDbContext> options, CancellationToken cancellationToken = default)
    {
        await using var db = new CatalogDbContext(options);
        return await RunAsync(db, _time.GetUtcNow(), new LoadedDocuments([], []), names, ImportMode.Add, cancellationToken);
    }

    /// <summary>Reads and reconciles the given documents alone, without a database (a dry run; also what tests inspect).</summary>
    public async Task<(ReconciledCatalog Catalog, ImportReport Report)> ReadAsync(IReadOnlyList<string> paths, CancellationToken cancellationToken = default)
    {
        var started = _time.GetUtcNow();
        var loaded = await DocumentLoader.LoadAsync(paths, _options, cancellationToken);
        var documents = new List<DocumentResult>(loaded.Failed);
        var warnings = new List<ImportWarning>();
        var read = new List<ReadDocument>();
        foreach (var document in loaded.Documents)
        {
            var (result, understood) = ReadOne(document, warnings);
            documents.Add(result);
            if (understood is not null) read.Add(new ReadDocument(document.Name, understood.Format, understood.Result, started));
        }
        var (active, superseded) = Supersession.Apply(read);
        var catalog = Reconciler.Reconcile(active.Select(d => d.Result).ToList());
        return (catalog, Compose(started, documents, warnings, active, superseded, catalog, new WriteResult(CatalogChanges.None, []), read.Count));
    }

    private async Task<ImportReport> RunAsync(CatalogDbContext db, DateTimeOffset started, LoadedDocuments loaded,
        IReadOnlyList<string> removeNames, ImportMode mode, CancellationToken cancellationToken)
    {
        var warnings = new List<ImportWarning>();

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await CatalogWriteLock.EnterAsync(db, cancellationToken);
        var stored = await db.Documents.AsNoTracking()
            .Select(d => new { d.Name, d.ContentHash, d.Format })
            .ToDictionaryAsync(d => d.Name, StringComparer.Ordinal, cancellationToken);

        var total = loaded.Documents.Count + stored.Count;
        var done = 0;
        progress?.Report(new ImportProgress(done, total, "reading documents"));

        // Which stored documents go: the ones named, or with --replace every one not given again.
        var toRemove = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in removeNames)
        {
            if (stored.ContainsKey(name)) toRemove.Add(name);
            else warnings.Add(new ImportWarning(name, null, "no stored document has this name; nothing removed"));
        }
        if (mode == ImportMode.Replace)
        {
            var given = loaded.Documents.Select(d => d.Name).ToHashSet(StringComparer.Ordinal);
            toRemove.UnionWith(stored.Keys.Where(n => !given.Contains(n)));
        }

        // The given documents: unchanged when their content is stored already, else read (and stored).
        var storedHashes = stored.Values.Where(d => !toRemove.Contains(d.Name)).GroupBy(d => d.ContentHash).ToDictionary(g => g.Key, g => g.First().Name);
        var outcomes = new List<(SourceDocument Document, DocumentResult Result, ReadOne? Read)>();
        var unchangedAs = new Dictionary<SourceDocument, string>();
        var givenNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in loaded.Documents)
        {
            progress?.Report(new ImportProgress(done++, total, "reading documents"));
            // A document is known by its file name: a second file of the same name (another folder) cannot be stored too.
            if (!givenNames.Add(document.Name))
            {
                outcomes.Add((document, new DocumentResult(document.Name, null, DocumentStatus.Unreadable, 0,
                    $"another document named {document.Name} is in this import ({document.Path}); rename one"), null));
                continue;
            }
            if (storedHashes.TryGetValue(document.ContentHash, out var same))
            {
                unchangedAs[document] = same;
                outcomes.Add((document, new DocumentResult(document.Name, null, DocumentStatus.Unchanged, 0,
                    same == document.Name ? null : $"the same content is stored as {same}"), null));
                continue;
            }
            var (result, read) = ReadOne(document, warnings);
            if (read is not null)
            {
                storedHashes[document.ContentHash] = document.Name;
                if (stored.ContainsKey(document.Name) && toRemove.Add(document.Name))
                    result = result with { Status = DocumentStatus.Replaced };
            }
            outcomes.Add((document, result, read));
        }

        if (removeNames.Count == 0 && !outcomes.Any(o => o.Result.IsRead))
        {
            warnings.Add(new ImportWarning("(import)", null, "no document could be read; the catalog was left unchanged"));
            return Compose(started, [.. loaded.Failed, .. outcomes.Select(o => o.Result)], warnings, [], [], new ReconciledCatalog(),
                new WriteResult(CatalogChanges.None, []), stored.Count);
        }

        var now = _time.GetUtcNow();
        var all = await ReadStoredAsync(db, toRemove, warnings,
            () => progress?.Report(new ImportProgress(Math.Min(done++, total), total, "reading stored documents")), cancellationToken);
        progress?.Report(new ImportProgress(total, total, "reconciling"));
        var added = outcomes.Where(o => o.Read is not null).ToList();
        all.AddRange(added.Select(o => new ReadDocument(o.Document.Name, o.Read!.Format, o.Read.Result, now)));
        all.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));

        var (active, superseded) = Supersession.Apply(all);
        var catalog = Reconciler.Reconcile(active.Select(d => d.Result).ToList());

        var mentions = all.ToDictionary(d => d.Name, d => (d.Format, d.Result.Mentions.Count), StringComparer.Ordinal);
        var results = new List<DocumentResult>(loaded.Failed);
        results.AddRange(outcomes.Select(o => unchangedAs.TryGetValue(o.Document, out var storedAs) && mentions.GetValueOrDefault(storedAs) is { Format: not null } m
            ? o.Result with { Format = m.Format, Mentions = m.Count }
            : o.Result));
        var replaced = outcomes.Where(o => o.Result.Status == DocumentStatus.Replaced).Select(o => o.Document.Name).ToHashSet(StringComparer.Ordinal);
        results.AddRange(toRemove.Where(n => !replaced.Contains(n)).Order(StringComparer.Ordinal)
            .Select(name => new DocumentResult(name, stored[name].Format, DocumentStatus.Removed, 0)));

        var plan = new WritePlan(
            CandidateDocuments: stored.Keys.Concat(loaded.Documents.Select(d => d.Name)).ToHashSet(StringComparer.Ordinal),
            AllPostsAreCandidates: mode == ImportMode.Replace,
            DocumentsToAdd: added.Select(o => new StoredDocument
            {
                Name = o.Document.Name,
                ContentHash = o.Document.ContentHash,
                Format = o.Read!.Format,
                SourceUrl = o.Read.Result.SourceUrl,
                ScrapedAt = o.Read.Result.ScrapedAt,
                ImportedAt = now,
                ByteCount = o.Document.ByteCount,
                Content = o.Document.Text,
            }).ToList(),
            DocumentsToRemove: toRemove);
        progress?.Report(new ImportProgress(total, total, "writing"));
        var written = await new CatalogWriter().WriteAsync(db, catalog, plan, cancellationToken);

        var report = Compose(started, results, warnings, active, superseded, catalog, written, all.Count);
        db.ImportRuns.Add(new ImportRun
        {
            StartedAt = report.StartedAt,
            FinishedAt = report.FinishedAt,
            PostCount = report.Counts.Posts,
            WarningCount = report.Counts.Warnings,
            QuarantinedCount = report.Counts.Quarantined,
            ReportJson = report.ToJson(),
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return report;
    }

    /// <summary>Every stored document that stays, read again one row at a time: the catalog is reconciled from all of them.</summary>
    private async Task<List<ReadDocument>> ReadStoredAsync(CatalogDbContext db, HashSet<string> toRemove, List<ImportWarning> warnings,
        Action onDocument, CancellationToken cancellationToken)
    {
        var all = new List<ReadDocument>();
        await foreach (var row in db.Documents.AsNoTracking().AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            onDocument();
            if (toRemove.Contains(row.Name)) continue;
            var document = new SourceDocument(row.Name, row.Content, null, row.ContentHash, row.ByteCount);
            var reader = _readers.FirstOrDefault(r => r.Format == row.Format) ?? DocumentReaders.Choose(document, _readers);
            if (reader is null)
            {
                warnings.Add(new ImportWarning(row.Name, null, $"stored as {row.Format}, a format this build cannot read; its mentions are left out"));
                continue;
            }
            try
            {
                all.Add(new ReadDocument(row.Name, reader.Format, reader.Read(document), row.ImportedAt));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                warnings.Add(new ImportWarning(row.Name, null, $"the stored document could not be read again ({e.Message}); its mentions are left out"));
            }
        }
        return all;
    }

    /// <summary>What one reader made of one given document; Read is null when none could (the result says why).</summary>
    private (DocumentResult Result, ReadOne? Read) ReadOne(SourceDocument document, List<ImportWarning> warnings)
    {
        var reader = DocumentReaders.Choose(document, _readers);
        if (reader is null)
            return (new DocumentResult(document.Name, null, DocumentStatus.UnknownFormat, 0, "no reader recognises its content"), null);
        if (document.InvalidUtf8 is { } invalid)
        {
            if (reader.InvalidBytes == InvalidBytePolicy.Skip)
                return (new DocumentResult(document.Name, reader.Format, DocumentStatus.Unreadable, 0, $"{invalid}; {reader.Format} documents are skipped whole"), null);
            warnings.Add(new ImportWarning(document.Name, SourceDocument.LinePosition(invalid.Line), $"{invalid}; replaced with U+FFFD and read the rest"));
        }
        try
        {
            var result = reader.Read(document);
            return (new DocumentResult(document.Name, reader.Format, DocumentStatus.Read, result.Mentions.Count), new ReadOne(reader.Format, result));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A reader bug must not stop the other documents.
            return (new DocumentResult(document.Name, reader.Format, DocumentStatus.Unreadable, 0, e.Message), null);
        }
    }

    private ImportReport Compose(DateTimeOffset started, IReadOnlyList<DocumentResult> documents, List<ImportWarning> warnings,
        IReadOnlyList<ReadDocument> active, IReadOnlyList<SupersededDocument> superseded, ReconciledCatalog catalog, WriteResult written, int stored)
    {
        var merges = catalog.Posts.Select(post => new PostMerge(post.Title, post.Slug, post.Mentions.Count,
            post.Mentions.Select(m => $"{m.Document} {m.Position}").ToList(), post.MatchedBy.ToList())).ToList();
        var totals = new CatalogTotals(active.Sum(d => d.Result.Mentions.Count), catalog.Categories.Count, catalog.Tags.Count, catalog.Authors.Count, stored);
        // General warnings, then each counted document's own (in name order), then reconciliation's.
        return ImportReport.Create(started, _time.GetUtcNow(), documents, totals, written.Changes, merges, superseded,
            written.RemovedPosts, [.. warnings, .. active.SelectMany(d => d.Result.Warnings), .. catalog.Warnings], catalog.Quarantined);
    }
}

/// <summary>A given document a reader understood.</summary>
internal sealed record ReadOne(string Format, ReadResult Result);

/// <summary>How far an import is: documents done of the import's total (given and stored), and what it is doing.</summary>
public sealed record ImportProgress(int Documents, int TotalDocuments, string Stage);
