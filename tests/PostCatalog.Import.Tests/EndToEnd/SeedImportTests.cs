using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using PostCatalog.Import.Reporting;
using PostCatalog.Import.Tests.Support;
using Snapshooter.Xunit;

namespace PostCatalog.Import.Tests.EndToEnd;

/// <summary>Imports all of seeds/ into a real SQLite file and checks what a user of the catalog sees.</summary>
public sealed class SeedImportTests
{
    private static CatalogImporter Importer() => new(time: new FixedTime());

    [Fact]
    public async Task Import_of_all_seeds_matches_the_report_and_catalog_snapshots()
    {
        await using var catalog = await TempCatalog.CreateAsync();
        await using var db = catalog.CreateContext();

        var report = await Importer().ImportAsync([SeedFiles.Directory], db);

        Assert.Equal((36, 18, 7, 18, 1), (report.Counts.Posts, report.Counts.Categories, report.Counts.Tags, report.Counts.Authors, report.Counts.Quarantined));
        Snapshot.Match(report.ToText(), "seed-import-report.txt");
        Snapshot.Match(report.ToJson(), "seed-import-report.json");
        Snapshot.Match(await CatalogDump.DumpAsync(db), "seed-catalog.txt");
    }

    [Fact]
    public async Task Importing_the_same_seeds_twice_changes_no_row_and_no_id()
    {
        await using var catalog = await TempCatalog.CreateAsync();
        await Importer().ImportAsync([SeedFiles.Directory], catalog.Database.Options);
        await using var before = catalog.CreateContext();
        var first = await CatalogDump.DumpAsync(before);

        var second = await Importer().ImportAsync([SeedFiles.Directory], catalog.Database.Options);

        await using var after = catalog.CreateContext();
        Assert.Equal(first, await CatalogDump.DumpAsync(after));
        Assert.True(second.Changes.IsEmpty, $"second import changed rows: {second.Changes}");
        Assert.Equal(2, await after.ImportRuns.CountAsync());
    }

    [Fact]
    public async Task A_write_that_fails_half_way_leaves_the_previous_catalog_intact()
    {
        await using var catalog = await TempCatalog.CreateAsync();
        await Importer().ImportAsync([SeedFiles.Directory], catalog.Database.Options);
        string before;
        await using (var db = catalog.CreateContext()) before = await CatalogDump.DumpAsync(db);

        // A later scrape of the home page supersedes 004: fail once the document and the posts are written.
        var scrape = await Listings.WriteAsync(Path.Combine(catalog.Folder, "in"), "home-tomorrow.txt",
            (await File.ReadAllTextAsync(SeedFiles.PathOf(SeedFiles.HomeMarkdown))).Replace("**Scraped**: 2025-10-10", "**Scraped**: 2025-10-11"));
        await using (var failing = catalog.CreateContext(new FailOnSearchIndexWrite()))
            await Assert.ThrowsAsync<InvalidOperationException>(() => Importer().ImportAsync([scrape], failing));

        await using var after = catalog.CreateContext();
        Assert.Equal(before, await CatalogDump.DumpAsync(after));
        Assert.Equal(1, await after.ImportRuns.CountAsync());
        Assert.Equal(5, await after.Documents.CountAsync());
        Assert.Equal(36, (await CatalogDump.SearchRowsAsync(after)).Count);
    }

    [Fact]
    public async Task Search_index_has_one_row_per_post_with_its_categories_and_authors()
    {
        await using var catalog = await TempCatalog.CreateAsync();
        await Importer().ImportAsync([SeedFiles.Directory], catalog.Database.Options);
        await using var db = catalog.CreateContext();

        var rows = await CatalogDump.SearchRowsAsync(db);
        var riskAware = await db.Posts.SingleAsync(p => p.Title.StartsWith("Risk-Aware"));

        Assert.Equal(await db.Posts.Select(p => (long)p.Id).OrderBy(i => i).ToListAsync(), rows.Select(r => r.RowId));
        var row = rows.Single(r => r.RowId == riskAware.Id);
        Assert.Contains("Data Science", row.Categories);
        Assert.Contains("Mattias Frånberg", row.Authors);
        var hits = await db.Database.SqlQueryRaw<long>("SELECT rowid AS \"Value\" FROM post_search WHERE post_search MATCH 'franberg'").ToListAsync();
        Assert.Equal([(long)riskAware.Id], hits);
    }

    [Fact]
    public async Task The_last_report_is_stored_with_the_import()
    {
        await using var catalog = await TempCatalog.CreateAsync();
        var report = await Importer().ImportAsync([SeedFiles.Directory], catalog.Database.Options);
        await using var db = catalog.CreateContext();

        var run = await db.ImportRuns.SingleAsync();

        Assert.Equal(report.ToJson(), run.ReportJson);
        Assert.Equal((36, 4, 1, FixedTime.Instant), (run.PostCount, run.WarningCount, run.QuarantinedCount, run.StartedAt));
    }

    [Fact]
    public async Task Unknown_and_unreadable_documents_are_reported_by_name_and_the_rest_imports()
    {
        await using var catalog = await TempCatalog.CreateAsync();
        var folder = Path.Combine(catalog.Folder, "input");
        Directory.CreateDirectory(folder);
        File.Copy(SeedFiles.PathOf(SeedFiles.HomeMarkdown), Path.Combine(folder, "a-home.txt"));
        await File.WriteAllTextAsync(Path.Combine(folder, "b-shopping-list.txt"), "eggs\nmilk\n");
        await File.WriteAllBytesAsync(Path.Combine(folder, "c-image.png"), [0x89, 0x50, 0x4E, 0x47, 0xFF, 0x00, 0xFE]);

        var report = await Importer().ImportAsync([folder, Path.Combine(folder, "missing.txt")], catalog.Database.Options);

        Assert.Equal(
            [("a-home.txt", DocumentStatus.Read), ("b-shopping-list.txt", DocumentStatus.UnknownFormat), ("c-image.png", DocumentStatus.Unreadable), ("missing.txt", DocumentStatus.Unreadable)],
            report.Documents.Select(d => (d.Name, d.Status)).OrderBy(d => d.Name));
        Assert.Equal(13, report.Counts.Posts);
        Assert.Contains("b-shopping-list.txt: skipped, unknown format", report.ToText());
    }

    [Fact]
    public async Task When_no_document_can_be_read_the_catalog_is_left_as_it_was()
    {
        await using var catalog = await TempCatalog.CreateAsync();
        await Importer().ImportAsync([SeedFiles.Directory], catalog.Database.Options);

        var report = await Importer().ImportAsync([Path.Combine(catalog.Folder, "nothing-here")], catalog.Database.Options);

        await using var db = catalog.CreateContext();
        Assert.Equal(36, await db.Posts.CountAsync());
        Assert.Contains(report.Warnings, w => w.Message.Contains("left unchanged"));
    }

    [Fact]
    public async Task A_document_with_a_bad_date_imports_with_a_warning_at_that_line()
    {
        await using var catalog = await TempCatalog.CreateAsync();
        var file = Path.Combine(catalog.Folder, "sticky.txt");
        await File.WriteAllTextAsync(file, "sticky\nFeb 30, 2024\n\nA Real Post\n\nIts excerpt […]\nDataPlatform\nsticky\nMar 1, 2024\n\nAnother\n\nMore […]\nData");

        var report = await Importer().ImportAsync([file], catalog.Database.Options);

        Assert.Equal(2, report.Counts.Posts);
        var warning = Assert.Single(report.Warnings, w => w.Message.Contains("does not parse"));
        Assert.Equal(("sticky.txt", "line 1"), (warning.Document, warning.Position));
        await using var db = catalog.CreateContext();
        Assert.Null((await db.Posts.SingleAsync(p => p.Title == "A Real Post")).PublishedAt);
    }

    /// <summary>Throws when the writer starts filling the search index, i.e. after every post row was written.</summary>
    private sealed class FailOnSearchIndexWrite : DbCommandInterceptor
    {
        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (command.CommandText.Contains("post_search", StringComparison.Ordinal))
                throw new InvalidOperationException("simulated failure while writing the search index");
            return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
