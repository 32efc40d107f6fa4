using PostCatalog.Import.Reconciliation;
using PostCatalog.Import.Tests.Support;

namespace PostCatalog.Import.Tests.Reconciliation;

/// <summary>The tricky cases of the five seed documents, pinned by name.</summary>
public sealed class SeedReconciliationTests
{
    private static readonly Lazy<Task<ReconciledCatalog>> Seeds = new(async () =>
        (await new CatalogImporter().ReadAsync([SeedFiles.Directory])).Catalog);

    private static async Task<ReconciledPost> Post(string title) =>
        (await Seeds.Value).Posts.Single(p => p.Title == title);

    private static IEnumerable<string> Documents(ReconciledPost post) => post.Mentions.Select(m => m.Document[..3]).Distinct();

    [Fact]
    public async Task A_post_in_all_five_documents_is_one_post()
    {
        var post = await Post("Fixed-Power Designs: It’s Not IF You Peek, It’s WHAT You Peek at");

        Assert.Equal(["000", "001", "002", "003", "004"], Documents(post).Order());
        Assert.Equal((7083, new DateOnly(2024, 5, 15)), (post.WordPressId!.Value, post.PublishedAt!.Value));
    }

    [Fact]
    public async Task The_post_renamed_in_the_feed_is_merged_by_its_excerpt_and_keeps_the_majority_title()
    {
        var catalog = await Seeds.Value;
        var post = await Post("Data Platform Explained Part I");

        Assert.Contains(post.Mentions, m => m.Title == "Data Platform Explained" && m.Document == SeedFiles.DataScienceFeed);
        Assert.Contains("excerpt", post.MatchedBy);
        Assert.Equal("data-platform-explained", post.Slug);
        Assert.DoesNotContain(catalog.Posts, p => p.Title == "Data Platform Explained");
        // Part II shares words with Part I but is its own post.
        Assert.Equal(5, (await Post("Data Platform Explained Part II")).Mentions.Count);
    }

    [Fact]
    public async Task The_featured_block_and_its_article_are_one_post_by_url()
    {
        var post = await Post("How We Generated Millions of Content Annotations");

        Assert.Equal(2, post.Mentions.Count(m => m.Document == SeedFiles.WordPressHome));
        Assert.Contains("url", post.MatchedBy);
        Assert.Equal("With the fields of machine learning (ML) and generative AI (GenAI) continuing to rapidly evolve and expand, it has become", post.Excerpt);
        Assert.True(post.IsExcerptTruncated);
    }

    [Fact]
    public async Task The_test_entry_is_quarantined_and_does_not_merge_into_the_foss_fund_post_it_copies()
    {
        var catalog = await Seeds.Value;

        var quarantined = Assert.Single(catalog.Quarantined);
        Assert.Equal(("This is a testing blog testing", SeedFiles.StickyListing, "line 6"), (quarantined.Title, quarantined.Document, quarantined.Position));
        Assert.Contains("reads as a test entry", quarantined.Reason);
        Assert.Contains("TestThis is a new cat", quarantined.Reason);
        Assert.DoesNotContain(catalog.Categories, c => c.Name.Contains("cat", StringComparison.OrdinalIgnoreCase) || c.Name == "Test");
        var foss = await Post("Congratulations to the Recipients of the 2024 Spotify FOSS Fund");
        Assert.Equal(new DateOnly(2024, 11, 25), foss.PublishedAt);
        Assert.DoesNotContain(foss.Mentions, m => m.Title.Contains("testing"));
    }

    [Fact]
    public async Task Bylines_keep_the_role_printed_for_that_post()
    {
        var riskAware = await Post("Risk-Aware Product Decisions in A/B Tests with Multiple Metrics");
        var beyond = await Post("Beyond Winning: Spotify’s Experiments with Learning Framework");
        var dalia = await Post("Are You a Dalia? How We Created Data Science Personas for Spotify’s Analytics Platform");

        Assert.Equal([("marten-schultzberg", "Sr. Manager, Staff Data Scientist"), ("sebastian-ankargren", "Sr. Data Scientist"), ("mattias-franberg", "Sr. Data Scientist")], riskAware.Bylines);
        Assert.Equal([("michael-bellato", null), ("marten-schultzberg", null), ("sebastian-ankargren", null)], beyond.Bylines);
        Assert.Equal([("federica-luraschi", "Senior Data Scientist"), ("serena-fang", (string?)null)], dalia.Bylines);
        Assert.Equal("Mårten Schultzberg", (await Seeds.Value).Authors.Single(a => a.Slug == "marten-schultzberg").Name);
    }

    [Fact]
    public async Task Categories_come_from_every_spelling_onto_one_vocabulary()
    {
        var catalog = await Seeds.Value;
        var dalia = await Post("Are You a Dalia? How We Created Data Science Personas for Spotify’s Analytics Platform");
        var exclude = await Post("Exclude from Your Taste Profile");

        Assert.Equal(["data", "data-science", "people", "platform"], dalia.CategorySlugs);
        Assert.Equal(["data-science", "maching-learning", "product"], exclude.CategorySlugs);
        var dataScience = catalog.Categories.Single(c => c.Slug == "data-science");
        Assert.Equal(("Data Science", 3, 49), (dataScience.Name, dataScience.WordPressId!.Value, dataScience.DeclaredPostCount!.Value));
        Assert.Equal(["Developer Experience", "Labs", "My Beat", "Security", "Techbytes"],
            catalog.Categories.Where(c => catalog.Posts.All(p => !p.CategorySlugs.Contains(c.Slug)) || c.WordPressId is null).Select(c => c.Name).Order());
    }

    [Fact]
    public async Task A_feed_only_post_has_no_date_and_the_feeds_category()
    {
        var post = await Post("Experimenting at Scale, the Spotify Home Way");

        Assert.Null(post.PublishedAt);
        Assert.Equal(["data-science"], post.CategorySlugs);
        Assert.Single(post.Mentions);
    }
}
