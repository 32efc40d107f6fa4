using PostCatalog.Import.Documents;
using PostCatalog.Import.Readers;
using PostCatalog.Import.Tests.Support;

namespace PostCatalog.Import.Tests.Readers;

public sealed class PlainListingReaderTests
{
    private readonly PlainListingReader _reader = new();

    [Fact]
    public void Sticky_blocks_give_date_title_excerpt_and_run_together_categories()
    {
        var result = _reader.Read(SeedFiles.Load(SeedFiles.StickyListing));

        Assert.Equal(31, result.Mentions.Count);
        var dalia = result.Mentions.Single(m => m.Title.StartsWith("Are You a Dalia?"));
        Assert.Equal(("Sep 5, 2024", "DataData SciencePeoplePlatform", "line 27"), (dalia.DateText, dalia.RunTogetherCategories, dalia.Position));
        Assert.EndsWith("building products that […]", dalia.Excerpt);
    }

    [Fact]
    public void The_test_entry_is_read_like_any_other_block_and_left_to_quarantine()
    {
        var test = _reader.Read(SeedFiles.Load(SeedFiles.StickyListing)).Mentions.Single(m => m.Position == "line 6");

        Assert.Equal(("This is a testing blog testing", "TestThis is a new cat", "Mar 25, 2025"), (test.Title, test.RunTogetherCategories, test.DateText));
    }

    [Fact]
    public void A_block_missing_its_date_and_categories_is_read_with_a_warning()
    {
        var result = _reader.Read(SeedFiles.Load(SeedFiles.StickyListing));

        var warning = Assert.Single(result.Warnings);
        Assert.Equal("line 1", warning.Position);
        Assert.Contains("has no date and no category line", warning.Message);
        var first = result.Mentions[0];
        Assert.Null(first.DateText);
        Assert.Null(first.RunTogetherCategories);
    }

    [Fact]
    public void An_empty_block_is_skipped_with_a_warning()
    {
        var result = _reader.Read(new SourceDocument("sticky.txt", "sticky\nJan 1, 2024\nsticky\nJan 2, 2024\n\nTitle\n\nExcerpt\nData"));

        Assert.Equal("Title", Assert.Single(result.Mentions).Title);
        Assert.Equal(("line 1", "sticky block without a title; skipped"), (result.Warnings[0].Position, result.Warnings[0].Message));
    }
}
