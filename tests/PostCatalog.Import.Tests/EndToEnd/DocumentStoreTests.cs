using Microsoft.EntityFrameworkCore;
using PostCatalog.Import.Reporting;
using PostCatalog.Import.Tests.Support;

namespace PostCatalog.Import.Tests.EndToEnd;

/// <summary>The catalog is the reconciliation of every stored document: imports add, later scrapes supersede, removal is explicit.</summary>
public sealed class DocumentStoreTests
{
    private static CatalogImporter Importer() => new(time: new FixedTime());

    [Fact]
    public async Task Importing_one_more_document_into_the_seeded_catalog_keeps_every_post()
    {
        await using var catalog = await TempCatalog.CreateAsync();
        await Importer().ImportAsync([SeedFiles.Directory], catalog.Database.Options);
        var extra = await Listings.WriteAsync(Path.Combine(catalog.Folder, "in"), "todays-page.txt",
            Listings.Markdown("page/2", "2025-10-11T08:00:00", "A Post Nobody Had Seen"));

        var report = await Importer().ImportAsync([extra], catalog.Database.Options);

        await using var db = catalog.CreateContext();
        Assert.Equal(37, await db.Posts.CountAsync());
        Assert.Equal(6, await db.Documents.CountAsync());
        Assert.Equal((37, 6, 0), (report.Counts.Posts, report.Counts.DocumentsStored, report.Counts.PostsRemoved));
        Assert.Equal(DocumentStatus.Read, Assert.Single(report.Documents).Status);
    }

    [Fact]
    public async Task A_later_scrape_of_the_same_page_supersedes_the_earlier_and_a_post_goes_only_when_no_document_mentions_it()
    {
        await using var catalog = await TempCatalog.CreateAsync();
        var folder = Path.Combine(catalog.Folder, "in");
        var monday = await Listings.WriteAsync(folder, "home-monday.txt", Listings.Markdown("home", "2025-10-06T08:00:00", "Alpha Post", "Beta Post", "Gamma Post"));
        var other = await Listings.WriteAsync(folder, "archive.txt", Listings.Markdown("archive", "2025-10-06T08:00:00", "Beta Post"));
        await Importer().ImportAsync([monday, other], catalog.Database.Options);
        var tuesday = await Listings.WriteAsync(folder, "home-tuesday.txt", Listings.Markdown("home", "2025-10-07T08:00:00", "Alpha Post"));

        var report = await Importer().ImportAsync([tuesday], catalog.Database.Options);

        await using var db = catalog.CreateContext();
        // Beta is still in the archive; Gamma was only on Monday's home page.
        Assert.Equal(["Alpha Post", "Beta Post"], await db.Posts.OrderBy(p => p.Title).Select(p => p.Title).ToListAsync());
        var superseded = Assert.Single(report.Superseded);
        Assert.Equal(("home-monday.txt", "home-tuesday.txt", 3), (superseded.Document, superseded.SupersededBy, superseded.Mentions));
        Assert.Equal("Gamma Post", Assert.Single(report.RemovedPosts).Title);
        Assert.Contains("Gamma Post", report.ToText());
        // Monday's scrape stays stored: it is superseded, not lost.
        Assert.Equal(3, await db.Documents.CountAsync());
        Assert.DoesNotContain(await db.PostSources.Select(s => s.Document).Distinct().ToListAsync(), d => d == "home-monday.txt");
    }

    [Fact]
    public async Task An_older_scrape_imported_later_does_not_supersede_the_newer_one()
    {
        await using var catalog = await TempCatalog.CreateAsync();
        var folder = Path.Combine(catalog.Folder, "in");
        await Importer().ImportAsync([await Listings.WriteAsync(folder, "new.txt", Listings.Markdown("home", "2025-10-07T08:00:00", "Alpha Post"))], catalog.Database.Options);

        var report = await Importer().ImportAsync([await Listings.WriteAsync(folder, "old.txt", Listings.Markdown("home", "2025-10-01T08:00:00", "Old Post"))], catalog.Database.Options);

        Assert.Equal(("old.txt", "new.txt"), (Assert.Single(report.Superseded).Document, report.Superseded[0].SupersededBy));
        await using var db = catalog.CreateContext();
        Assert.Equal(["Alpha Post"], await db.Posts.Select(p => p.Title).ToListAsync());
    }

    [Fact]
    public async Task Reimporting_a_stored_document_reports_it_unchanged_and_changes_no_row()
    {
        await using var catalog = await TempCatalog.CreateAsync();
        await Importer().ImportAsync([SeedFiles.Directory], catalog.Database.Options);

        var report = await Importer().ImportAsync([SeedFiles.PathOf(SeedFiles.WordPressHome)], catalog.Database.Options);

        Assert.True(report.Changes.IsEmpty, report.Changes.ToString());
        var document = Assert.Single(report.Documents);
        Assert.Equal((DocumentStatus.Unchanged, "wordpress-html", 25), (document.Status, document.Format, document.Mentions));
        Assert.Equal(36, report.Counts.Posts);
    }

    [Fact]
    public async Task Removing_a_document_removes_the_posts_only_it_mentioned_and_importing_it_again_brings_them_back()
    {
        await using var catalog = await TempCatalog.CreateAsync();
        await Importer().ImportAsync([SeedFiles.Directory], catalog.Database.Options);
        var (home, _) = await Importer().ReadAsync([SeedFiles.PathOf(SeedFiles.HomeMarkdown)]);

        var removal = await Importer().RemoveAsync([SeedFiles.HomeMarkdown], catalog.Database.Options);

        Assert.Equal(DocumentStatus.Removed, Assert.Single(removal.Documents).Status);
        // Four posts of the seeds are on the Markdown home page and nowhere else.
        Assert.Equal(4, removal.RemovedPosts.Count);
        Assert.All(removal.RemovedPosts, p => Assert.Contains(home.Posts, h => h.Title == p.Title));
        Assert.Equal(36 - removal.RemovedPosts.Count, removal.Counts.Posts);
        await using (var db = catalog.CreateContext())
        {
            Assert.Equal(4, await db.Documents.CountAsync());
            Assert.False(await db.PostSources.AnyAsync(s => s.Document == SeedFiles.HomeMarkdown));
        }

        var again = await Importer().ImportAsync([SeedFiles.PathOf(SeedFiles.HomeMarkdown)], catalog.Database.Options);
        Assert.Equal(36, again.Counts.Posts);
    }

    [Fact]
    public async Task Removing_a_name_that_is_not_stored_warns_and_changes_nothing()
    {
        await using var catalog = await TempCatalog.CreateAsync();
        await Importer().ImportAsync([SeedFiles.Directory], catalog.Database.Options);

        var report = await Importer().RemoveAsync(["no-such.txt"], catalog.Database.Options);

        Assert.Contains(report.Warnings, w => w.Document == "no-such.txt" && w.Message.Contains("no stored document"));
        Assert.True(report.Changes.IsEmpty);
        Assert.Equal(36, report.Counts.Posts);
    }

    [Fact]
    public async Task Replace_makes_the_given_documents_the_only_ones()
    {
        await using var catalog = await TempCatalog.CreateAsync();
        await Importer().ImportAsync([SeedFiles.Directory], catalog.Database.Options);
        var (onlyHtml, _) = await Importer().ReadAsync([SeedFiles.PathOf(SeedFiles.WordPressHome)]);

        var report = await Importer().ImportAsync([SeedFiles.PathOf(SeedFiles.WordPressHome)], catalog.Database.Options, ImportMode.Replace);

        await using var db = catalog.CreateContext();
        Assert.Equal([SeedFiles.WordPressHome], await db.Documents.Select(d => d.Name).ToListAsync());
        Assert.Equal(onlyHtml.Posts.Count, await db.Posts.CountAsync());
        Assert.Equal(4, report.Documents.Count(d => d.Status == DocumentStatus.Removed));
        Assert.Equal(36 - onlyHtml.Posts.Count, report.RemovedPosts.Count);
    }

    [Fact]
    public async Task A_changed_file_under_a_stored_name_replaces_the_stored_version()
    {
        await using var catalog = await TempCatalog.CreateAsync();
        var folder = Path.Combine(catalog.Folder, "in");
        await Importer().ImportAsync([await Listings.WriteAsync(folder, "list.txt", Listings.Markdown("a", "2025-10-07T08:00:00", "Alpha Post", "Beta Post"))], catalog.Database.Options);

        var report = await Importer().ImportAsync([await Listings.WriteAsync(folder, "list.txt", Listings.Markdown("a", "2025-10-08T08:00:00", "Alpha Post"))], catalog.Database.Options);

        Assert.Equal(DocumentStatus.Replaced, Assert.Single(report.Documents).Status);
        Assert.Equal("Beta Post", Assert.Single(report.RemovedPosts).Title);
        await using var db = catalog.CreateContext();
        Assert.Equal(1, await db.Documents.CountAsync());
    }

    [Fact]
    public async Task Seeds_imported_into_a_generated_catalog_leave_the_generated_posts_alone()
    {
        await using var catalog = await TempCatalog.CreateAsync();
        var vocabulary = await Generation.GeneratorVocabulary.FromDocumentsAsync([SeedFiles.Directory]);
        new Generation.CatalogGenerator(vocabulary).Generate(catalog.Database.ConnectionString, new Generation.GeneratorOptions { Posts = 500, Seed = 3 });

        var report = await Importer().ImportAsync([SeedFiles.Directory], catalog.Database.Options);

        await using var db = catalog.CreateContext();
        Assert.Equal(536, await db.Posts.CountAsync());
        Assert.Empty(report.RemovedPosts);
        Assert.Equal(536, (await CatalogDump.SearchRowsAsync(db)).Count);
        Assert.True(await db.Bylines.CountAsync() > 500, "generated bylines kept");
    }

    [Fact]
    public async Task Two_files_of_the_same_name_in_one_import_store_the_first_and_report_the_second()
    {
        await using var catalog = await TempCatalog.CreateAsync();
        var first = await Listings.WriteAsync(Path.Combine(catalog.Folder, "a"), "list.txt", Listings.Markdown("a", "2025-10-07T08:00:00", "Alpha Post"));
        var second = await Listings.WriteAsync(Path.Combine(catalog.Folder, "b"), "list.txt", Listings.Markdown("b", "2025-10-07T08:00:00", "Beta Post"));

        var report = await Importer().ImportAsync([first, second], catalog.Database.Options);

        Assert.Equal([DocumentStatus.Read, DocumentStatus.Unreadable], report.Documents.Select(d => d.Status));
        Assert.Contains("another document named list.txt", report.Documents[1].Message);
        Assert.Equal(["Alpha Post"], report.Merges.Select(m => m.Title));
    }

    [Fact]
    public async Task A_copy_of_a_stored_document_under_another_name_is_unchanged_and_says_which_one_it_is()
    {
        await using var catalog = await TempCatalog.CreateAsync();
        await Importer().ImportAsync([SeedFiles.Directory], catalog.Database.Options);
        var copy = Path.Combine(catalog.Folder, "home-copy.txt");
        File.Copy(SeedFiles.PathOf(SeedFiles.HomeMarkdown), copy);

        var report = await Importer().ImportAsync([copy], catalog.Database.Options);

        var document = Assert.Single(report.Documents);
        Assert.Equal((DocumentStatus.Unchanged, "markdown-listing", 13), (document.Status, document.Format, document.Mentions));
        Assert.Contains($"stored as {SeedFiles.HomeMarkdown}", document.Message);
        Assert.True(report.Changes.IsEmpty);
    }
}
