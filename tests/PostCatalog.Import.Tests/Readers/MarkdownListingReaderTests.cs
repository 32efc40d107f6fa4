using PostCatalog.Import.Documents;
using PostCatalog.Import.Readers;
using PostCatalog.Import.Tests.Support;

namespace PostCatalog.Import.Tests.Readers;

public sealed class MarkdownListingReaderTests
{
    private readonly MarkdownListingReader _reader = new();

    [Fact]
    public void Category_archive_puts_every_post_in_the_archive_category_and_keeps_bylines()
    {
        var result = _reader.Read(SeedFiles.Load(SeedFiles.DataScienceArchive));

        Assert.Equal(12, result.Mentions.Count);
        Assert.Empty(result.Warnings);
        Assert.All(result.Mentions, m => Assert.Contains(m.Categories, c => c.Slug == "data-science" && c.Name == "Data Science"));
        var dalia = result.Mentions.Single(m => m.Title.StartsWith("Are You a Dalia?"));
        Assert.Equal("SEP 5, 2024", dalia.DateText);
        Assert.Equal("line 27", dalia.Position);
        Assert.Equal("Federica Luraschi, Senior Data Scientist, with co-author Serena Fang", dalia.BylineText);
    }

    [Fact]
    public void Archive_declares_its_post_count_and_the_other_categories()
    {
        var categories = _reader.Read(SeedFiles.Load(SeedFiles.DataScienceArchive)).Categories;

        var archive = categories.Single(c => c.DeclaredPostCount is not null);
        Assert.Equal(("data-science", 44, "line 17"), (archive.Category.Slug, archive.DeclaredPostCount!.Value, archive.Position));
        Assert.Contains(categories, c => c.Category.Name == "MY BEAT");
        Assert.Contains(categories, c => c.Category.Name == "TECHBYTES");
    }

    [Fact]
    public void Home_scrape_reads_capitalised_category_lines_and_skips_the_all_categories_link()
    {
        var result = _reader.Read(SeedFiles.Load(SeedFiles.HomeMarkdown));

        Assert.Equal(13, result.Mentions.Count);
        Assert.Empty(result.Warnings);
        var beyond = result.Mentions[0];
        Assert.Equal("Beyond Winning: Spotify’s Experiments with Learning Framework", beyond.Title);
        Assert.Equal(["DATA SCIENCE", "DATA", "MACHINE LEARNING", "PLATFORM"], beyond.Categories.Select(c => c.Name));
    }

    [Fact]
    public void A_broken_block_warns_at_its_line_and_the_rest_is_read()
    {
        var text = """
            # Broken | Blog
            **Source**: Blog
            **URL**: https://example.org
            ---
            JAN 2, 2024
            First post
            Its excerpt...
            DATA
            something odd here
            FEB 30, 2024
            """;

        var result = _reader.Read(new SourceDocument("broken.md", text));

        var mention = Assert.Single(result.Mentions);
        Assert.Equal(["DATA"], mention.Categories.Select(c => c.Name));
        Assert.Collection(result.Warnings,
            w => Assert.Equal(("line 9", "unexpected line \"something odd here\" in the post \"First post\"; ignored"), (w.Position, w.Message)),
            w => Assert.Equal(("line 10", "date line without a post title; skipped"), (w.Position, w.Message)));
    }
}
