using PostCatalog.Import.Readers;
using PostCatalog.Import.Reconciliation;

namespace PostCatalog.Import.Tests.Reconciliation;

/// <summary>Dates, excerpts, slugs and test entries: the small rules every post goes through.</summary>
public sealed class TextRuleTests
{
    [Theory]
    [InlineData("SEP 23, 2025", "2025-09-23")]
    [InlineData("Mar 25, 2025", "2025-03-25")]
    [InlineData("October 21, 2024", "2024-10-21")]
    [InlineData("2024-10-21", "2024-10-21")]
    [InlineData("2024-02-03T23:30:00-05:00", "2024-02-03")]
    [InlineData("Sept 5, 2024", "2024-09-05")]
    public void Dates_parse_in_every_printed_form(string printed, string expected)
    {
        Assert.True(PublishedDates.TryParse(printed, out var date));
        Assert.Equal(expected, date.ToString("yyyy-MM-dd"));
    }

    [Theory]
    [InlineData("FEB 30, 2024")]
    [InlineData("yesterday")]
    public void Impossible_dates_do_not_parse(string printed) => Assert.False(PublishedDates.TryParse(printed, out _));

    [Theory]
    [InlineData("constantly whipping [...]", "constantly whipping", true)]
    [InlineData("building products that […]", "building products that", true)]
    [InlineData("but what about the…", "but what about the", true)]
    [InlineData("before starting it....", "before starting it.", true)]
    [InlineData("strong results.", "strong results.", false)]
    public void Excerpts_lose_their_cut_marker_and_say_they_were_cut(string printed, string text, bool truncated) =>
        Assert.Equal(new Excerpt(text, truncated), Excerpts.Parse(printed));

    [Fact]
    public void The_fullest_excerpt_is_the_longest_without_dropped_link_text()
    {
        var scrape = Excerpts.Parse("Check out , where we started sharing the journey of building a data platform, its building blocks, and the...");
        var feed = Excerpts.Parse("Check out Data Platform Explained Part I, where we started sharing the journey of building a data platform, its building [...]");
        var html = Excerpts.Parse("Check out Data Platform Explained Part I, where we started sharing the journey of building a data...");

        Assert.Same(feed, Excerpts.Fullest([html, scrape, feed]));
    }

    [Theory]
    [InlineData("Mårten Schultzberg", "marten-schultzberg")]
    [InlineData("Mattias Frånberg", "mattias-franberg")]
    [InlineData("Introducing Voyager: Spotify’s New Nearest-Neighbor Search Library", "introducing-voyager-spotifys-new-nearest-neighbor-search-library")]
    public void Slugs_fold_accents_and_apostrophes_like_wordpress(string text, string slug) => Assert.Equal(slug, Slugs.Slugify(text));

    [Theory]
    [InlineData("This is a testing blog testing", null, true)]
    [InlineData("Real title", "TestThis is a new cat", true)]
    [InlineData("How to Accurately Test Significance with Difference in Difference Models", "DataData Science", false)]
    [InlineData("Bringing Sequential Testing to Experiments with Longitudinal Data (Part 1): The Peeking Problem 2.0", "DataData SciencePlatform", false)]
    [InlineData("Risk-Aware Product Decisions in A/B Tests with Multiple Metrics", "DataData SciencePlatform", false)]
    public void Test_entries_are_recognised_without_catching_posts_about_testing(string title, string? categories, bool quarantined)
    {
        var vocabulary = new CategoryVocabulary();
        vocabulary.Add(new CategoryRef("Data"));
        vocabulary.Add(new CategoryRef("Data Science"));
        vocabulary.Add(new CategoryRef("Platform"));
        var mention = new PostMention { Document = "d", Format = "plain-listing", Position = "line 1", Title = title, RunTogetherCategories = categories };

        Assert.Equal(quarantined, TestEntryRule.Reason(mention, vocabulary) is not null);
    }
}
