using PostCatalog.Import.Documents;
using PostCatalog.Import.Readers;
using PostCatalog.Import.Tests.Support;

namespace PostCatalog.Import.Tests.Readers;

public sealed class FeedDigestReaderTests
{
    private readonly FeedDigestReader _reader = new();

    [Fact]
    public void Every_entry_gives_title_and_excerpt_in_the_feeds_category()
    {
        var result = _reader.Read(SeedFiles.Load(SeedFiles.DataScienceFeed));

        Assert.Equal(18, result.Mentions.Count);
        var first = result.Mentions[0];
        Assert.Equal("Building Confidence: A Case Study in How to Create Confidence Scores for GenAI Applications", first.Title);
        Assert.Equal("TL;DR Getting a response from GenAI is quick and straightforward. But what about the...", first.Excerpt);
        Assert.Equal("line 2", first.Position);
        Assert.All(result.Mentions, m => Assert.Equal("Data-Science", Assert.Single(m.Categories).Name));
        Assert.Contains(result.Mentions, m => m.Title == "Data Platform Explained");
    }

    [Fact]
    public void Post_count_run_into_the_first_entry_is_a_declared_count()
    {
        var declaration = Assert.Single(_reader.Read(SeedFiles.Load(SeedFiles.DataScienceFeed)).Categories);

        Assert.Equal(49, declaration.DeclaredPostCount);
        Assert.Equal("line 2", declaration.Position);
    }

    [Fact]
    public void Lines_that_are_not_entries_are_warned_about_by_line()
    {
        var warnings = _reader.Read(SeedFiles.Load(SeedFiles.DataScienceFeed)).Warnings;

        Assert.Equal(["line 20", "line 21"], warnings.Select(w => w.Position));
        Assert.Contains("Navigating tradeoffs between different products", warnings[0].Message);
    }

    [Fact]
    public void Excerpt_mentioning_the_post_keeps_the_last_the_post_as_the_title()
    {
        var text = "Blog\nThe post office story [...] The post Real Title appeared first on Blog.\nNo entry here";

        var result = _reader.Read(new SourceDocument("feed.txt", text));

        var mention = Assert.Single(result.Mentions);
        Assert.Equal(("Real Title", "The post office story [...]"), (mention.Title, mention.Excerpt));
        Assert.Equal("line 3", Assert.Single(result.Warnings).Position);
    }
}
