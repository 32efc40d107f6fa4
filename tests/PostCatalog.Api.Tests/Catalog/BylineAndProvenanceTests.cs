using PostCatalog.Api.Tests.Infrastructure;
using Snapshooter.Xunit;

namespace PostCatalog.Api.Tests.Catalog;

/// <summary>Authors with the role printed beside their name on that post, and which documents mention each post.</summary>
[Collection(CatalogApiCollection.Name)]
public sealed class BylineAndProvenanceTests(CatalogApiFactory api)
{
    [Theory]
    // "Published by Molly Zhu (Senior Engineering Manager), Xin Xu (Senior ML Engineer), and Kathy Gao (Senior Data Scientist)"
    [InlineData("Building Confidence: A Case Study in How to Create Confidence Scores for GenAI Applications",
        "Molly Zhu (Senior Engineering Manager)|Xin Xu (Senior ML Engineer)|Kathy Gao (Senior Data Scientist)")]
    // "Published by Federica Luraschi, Senior Data Scientist, with co-author Serena Fang"
    [InlineData("Are You a Dalia? How We Created Data Science Personas for Spotify’s Analytics Platform",
        "Federica Luraschi (Senior Data Scientist)|Serena Fang")]
    // "Published by Michael Bellato, Mårten Schultzberg, and Sebastian Ankargren": no roles printed
    [InlineData("Beyond Winning: Spotify’s Experiments with Learning Framework",
        "Michael Bellato|Mårten Schultzberg|Sebastian Ankargren")]
    // "... Bradley Doll (Insights Manager), Jeffrey Li (Insights Manager), and Tolga Oztan (Sr. Data Scientist)"
    [InlineData("How to Accurately Test Significance with Difference in Difference Models",
        "Bradley Doll (Insights Manager)|Jeffrey Li (Insights Manager)|Tolga Oztan (Sr. Data Scientist)")]
    public async Task A_post_lists_its_authors_in_byline_order_with_the_role_printed_for_that_post(string title, string byline)
    {
        var response = await api.CreateClient().PostGraphQLAsync("""
            query($title: String!) { posts(where: { title: { eq: $title } }) { nodes { authors { name } bylines { position role author { name } } } } }
            """, new { title });

        var post = response.DataWithoutErrors()["posts"]!["nodes"]![0]!;
        var bylines = post["bylines"]!.AsArray();
        var printed = bylines.Select(b => b!["role"] is { } role ? $"{b["author"]!["name"]} ({role})" : $"{b!["author"]!["name"]}");
        Assert.Equal(byline.Split('|'), printed);
        Assert.Equal(Enumerable.Range(0, bylines.Count), bylines.Select(b => b!["position"]!.GetValue<int>()));
        Assert.Equal(bylines.Select(b => b!["author"]!["name"]!.GetValue<string>()), post["authors"].Strings("name"));
    }

    [Fact]
    public async Task An_author_keeps_the_role_of_each_post_newest_first()
    {
        var response = await api.CreateClient().PostGraphQLAsync("""
            { author(slug: "marten-schultzberg") { name postCount bylines { role position post { title publishedAt } } } }
            """);

        Snapshot.Match(response.ToSnapshot(), "author-bylines-marten-schultzberg");
    }

    [Fact]
    public async Task A_post_says_which_documents_mention_it_and_what_each_said()
    {
        var response = await api.CreateClient().PostGraphQLAsync("""
            { post(slug: "are-you-a-dalia-how-we-created-data-science-personas-for-spotifys-analytics-platform") {
                title sources { document format position title dateText } } }
            """);

        var sources = response.DataWithoutErrors()["post"]!["sources"]!.AsArray();
        Assert.Equal(["000_a554f26d4b5c3328.txt", "001_1824ec74fab9df9e.txt", "002_141c9dbbf10c00e4.txt", "003_fda8ae8245b03790.txt", "004_20a3ba431fe8a6e9.txt"],
            sources.Strings("document"));
        Assert.Equal(["markdown-listing", "feed-digest", "plain-listing", "wordpress-html", "markdown-listing"], sources.Strings("format"));
        Snapshot.Match(response.ToSnapshot(), "post-sources-are-you-a-dalia");
    }

    [Theory]
    [InlineData("sources { document position }")]
    [InlineData("categories { slug }")]
    [InlineData("tags { slug }")]
    public async Task Every_post_lists_the_same_relations_as_the_catalog(string selection)
    {
        var oracle = await CatalogOracle.LoadAsync(api);
        var expected = oracle.Posts.ToDictionary(p => p.Title, p => selection[0] switch
        {
            's' => p.Sources.Select(s => $"{s.Document} {s.Position}"),
            'c' => p.Categories.Select(c => c.Category.Slug),
            _ => p.Tags.Select(t => t.Tag.Slug),
        });

        var response = await api.CreateClient().PostGraphQLAsync($"{{ posts(first: 50) {{ nodes {{ title {selection} }} }} }}");

        var nodes = response.DataWithoutErrors()["posts"]!["nodes"]!.AsArray();
        var field = selection.Split(' ')[0];
        var actual = nodes.ToDictionary(n => n!["title"]!.GetValue<string>(), n => n![field]!.AsArray()
            .Select(x => string.Join(" ", x!.AsObject().Select(kv => kv.Value!.GetValue<string>()))));
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        Assert.All(expected, e => Assert.Equal(e.Value.Order(StringComparer.Ordinal), actual[e.Key].Order(StringComparer.Ordinal)));
        if (field == "sources") Assert.All(actual.Values, sources => Assert.NotEmpty(sources));
    }
}
