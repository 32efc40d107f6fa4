using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PostCatalog.Catalog;
using PostCatalog.GraphQL.AspNetCore;
using PostCatalog.GraphQL.Execution.Subscriptions;
using PostCatalog.Import.Reporting;

namespace PostCatalog.Api.Schema.Live;

/// <summary>
/// Publishes a <see cref="CatalogChange"/> for every committed import that changed anything, whichever process ran
/// it. Woken by <see cref="ICatalogCommitSource"/>, it reads the <c>import_runs</c> rows written since it last looked
/// (each holds its import's report) and works out which posts changed from the database, inside one read transaction:
/// <list type="bullet">
/// <item>added: posts with an id above the highest it knew (the writer always takes new ids above every id used);</item>
/// <item>removed: when a report lists removed posts, the ids it knew that are gone (one scan of the posts' primary key;
/// it keeps the sorted ids, 4 bytes a post);</item>
/// <item>updated: the other posts that the documents this import read or replaced mention (through the index on
/// <c>post_sources.document</c>). A post that only lost a mention of a removed document is not listed.</item>
/// </list>
/// Imports that commit within one wake-up arrive as one change carrying the latest report.
/// </summary>
public sealed class CatalogChangeFeed(
    IDbContextFactory<CatalogDbContext> contexts,
    ICatalogCommitSource commits,
    IOptions<SubscriptionOptions> subscriptions,
    ILogger<CatalogChangeFeed> log) : BackgroundService
{
    // Every read of a change sees one snapshot: PostgreSQL's default, read committed, would let a commit land between them.
    /// <summary>Marks the feed's statements in the SQL they send (<c>-- catalog change feed</c>): a background read, not a request's.</summary>
    public const string Tag = "catalog change feed";

    private const System.Data.IsolationLevel OneSnapshot = System.Data.IsolationLevel.RepeatableRead;

    private int _lastRunId; // int as the column: a long would make SQLite CAST the key and scan the table
    private int[] _postIds = [];
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Every subscriber's stream of changes, each with its own bounded buffer.</summary>
    public EventTopic<CatalogChange> Changes { get; } = new(subscriptions.Value.EventBuffer);

    /// <summary>Completes once the feed knows the catalog's current position (so a later import is noticed).</summary>
    public Task Ready => _ready.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await ReadPositionAsync(stoppingToken);
            _ready.TrySetResult();
            await foreach (var _ in commits.WatchAsync(stoppingToken))
            {
                try
                {
                    if (await ReadChangeAsync(stoppingToken) is { IsEmpty: false } change)
                    {
                        log.LogInformation("Catalog changed: {Added} posts added, {Updated} updated, {Removed} removed; {Subscribers} subscribers",
                            change.Added.Count, change.Updated.Count, change.Removed.Count, Changes.SubscriberCount);
                        Changes.Publish(change);
                    }
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    // A broken read must not end the feed: the next commit tries again from the same position.
                    log.LogError(exception, "Could not read the catalog's latest imports for its subscriptions");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
        finally
        {
            _ready.TrySetResult();
        }
    }

    private async Task ReadPositionAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var read = await db.Database.BeginTransactionAsync(OneSnapshot, cancellationToken);
        _lastRunId = await db.ImportRuns.TagWith(Tag).MaxAsync(r => (int?)r.Id, cancellationToken) ?? 0;
        _postIds = await db.Posts.TagWith(Tag).OrderBy(p => p.Id).Select(p => p.Id).ToArrayAsync(cancellationToken);
    }

    private async Task<CatalogChange?> ReadChangeAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var read = await db.Database.BeginTransactionAsync(OneSnapshot, cancellationToken);
        var runs = await db.ImportRuns.TagWith(Tag).AsNoTracking().Where(r => r.Id > _lastRunId).OrderBy(r => r.Id)
            .Select(r => new { r.Id, r.ReportJson }).ToListAsync(cancellationToken);
        if (runs.Count == 0) return null;
        var reports = runs.Select(r => ImportReport.FromJson(r.ReportJson)).OfType<ImportReport>().ToList();

        var highest = _postIds.Length == 0 ? 0 : _postIds[^1];
        var added = await db.Posts.TagWith(Tag).Where(p => p.Id > highest).OrderBy(p => p.Id).Select(p => p.Id).ToArrayAsync(cancellationToken);
        int[] removed = [];
        var ids = _postIds;
        if (reports.Any(r => r.RemovedPosts.Count > 0))
        {
            var now = await db.Posts.TagWith(Tag).OrderBy(p => p.Id).Select(p => p.Id).ToArrayAsync(cancellationToken);
            removed = _postIds.Except(now).ToArray();
            ids = now;
        }
        else if (added.Length > 0)
        {
            ids = [.. _postIds, .. added];
        }

        var readDocuments = reports.SelectMany(r => r.Documents)
            .Where(d => d.Status is DocumentStatus.Read or DocumentStatus.Replaced).Select(d => d.Name).Distinct().ToList();
        var updated = readDocuments.Count == 0 ? [] : await db.PostSources.TagWith(Tag).Where(s => readDocuments.Contains(s.Document) && s.PostId <= highest)
            .Select(s => s.PostId).Distinct().OrderBy(id => id).ToArrayAsync(cancellationToken);

        _lastRunId = runs[^1].Id;
        _postIds = ids;
        return reports.Count == 0 ? null : new CatalogChange(reports[^1], added, updated, removed);
    }
}
