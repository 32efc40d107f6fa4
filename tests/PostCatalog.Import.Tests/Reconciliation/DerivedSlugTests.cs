using Microsoft.EntityFrameworkCore;
using PostCatalog.Import.Generation;
using PostCatalog.Import.Readers;
using PostCatalog.Import.Reconciliation;
using PostCatalog.Import.Tests.Support;

namespace PostCatalog.Import.Tests.Reconciliation;

/// <summary>A post no document gives a URL for gets the slug WordPress would make from its title, never another post's.</summary>
public sealed class DerivedSlugTests
{
    [Fact]
    public void A_derived_slug_that_a_url_already_gives_another_post_gets_WordPress_s_numeric_suffix()
    {
        var read = new ReadResult();
        read.Mentions.Add(Mention("line 1", "Something Else Entirely", "Jan 1, 2024", "https://engineering.atspotify.com/2024/01/foo-bar/"));
        read.Mentions.Add(Mention("line 5", "Foo Bar", "Feb 2, 2024", null));
        read.Mentions.Add(Mention("line 9", "Spotify’s Big Day", "Mar 3, 2024", null));

        var catalog = Reconciler.Reconcile([read]);

        var byTitle = catalog.Posts.ToDictionary(p => p.Title);
        Assert.Equal(("foo-bar", false), (byTitle["Something Else Entirely"].Slug, byTitle["Something Else Entirely"].IsSlugDerived));
        Assert.Equal(("foo-bar-2", true), (byTitle["Foo Bar"].Slug, byTitle["Foo Bar"].IsSlugDerived));
        Assert.Equal("spotifys-big-day", byTitle["Spotify’s Big Day"].Slug);
        Assert.Null(byTitle["Foo Bar"].Url);
    }

    [Fact]
    public async Task A_derived_slug_taken_by_a_post_outside_the_documents_gets_the_next_free_suffix()
    {
        await using var catalog = await TempCatalog.CreateAsync();
        var vocabulary = await GeneratorVocabulary.FromDocumentsAsync([SeedFiles.Directory]);
        new CatalogGenerator(vocabulary).Generate(catalog.Database.ConnectionString, new GeneratorOptions { Posts = 20, Seed = 2 });
        string taken;
        await using (var db = catalog.CreateContext()) taken = (await db.Posts.OrderBy(p => p.Id).FirstAsync()).Slug!;
        var title = string.Join(' ', taken.Split('-'));   // slugifies back to the taken slug
        var file = await Listings.WriteAsync(Path.Combine(catalog.Folder, "in"), "list.txt", Listings.Markdown("x", "2025-10-07T08:00:00", title));

        await new CatalogImporter().ImportAsync([file], catalog.Database.Options);

        await using var after = catalog.CreateContext();
        Assert.Equal($"{taken}-2", (await after.Posts.SingleAsync(p => p.Title == title)).Slug);
        Assert.Equal(1, await after.Posts.CountAsync(p => p.Slug == taken));
        Assert.Equal(21, await after.Posts.CountAsync());
    }

    private static PostMention Mention(string position, string title, string date, string? url) => new()
    {
        Document = "test.txt",
        Format = "markdown-listing",
        Position = position,
        Title = title,
        DateText = date,
        Url = url,
    };
}
