using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PostCatalog.Api.Tests.Infrastructure;
using Snapshooter.Xunit;

namespace PostCatalog.Api.Tests.Search;

/// <summary><c>searchPosts</c> over the imported seeds: ranking, highlights, cursor paging, filters and bad input.</summary>
public sealed partial class SearchPostsTests(CatalogApiFactory api) : IClassFixture<CatalogApiFactory>
{
    private readonly HttpClient _client = api.CreateClient();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Words();

    [Fact]
    public async Task A_word_found_in_one_title_only_ranks_that_post_first()
    {
        // Arrange: every word of 6+ letters that exactly one post's title contains.
        var titles = (await _client.PostGraphQLAsync("{ posts(first: 50) { nodes { title } } }"))
            .DataWithoutErrors()["posts"]!["nodes"]!.AsArray().Select(n => n!["title"]!.GetValue<string>()).ToList();
        var uniqueWords = titles
            .SelectMany(t => Words().Matches(t).Select(m => (Word: m.Value.ToLowerInvariant(), Title: t)).DistinctBy(x => x.Word))
            .Where(x => x.Word.Length >= 6).GroupBy(x => x.Word).Where(g => g.Count() == 1).Select(g => g.Single()).ToList();
        Assert.True(uniqueWords.Count >= 10, $"the seeds should have title words; found {uniqueWords.Count}");

        foreach (var (word, title) in uniqueWords)
        {
            // Act
            var response = await _client.PostGraphQLAsync(
                "query($q: String!) { searchPosts(query: $q, first: 2) { nodes { score post { title } } } }", new { q = word });

            // Assert
            var first = response.DataWithoutErrors()["searchPosts"]!["nodes"]![0]!;
            Assert.True(title == first["post"]!["title"]!.GetValue<string>(), $"'{word}' should rank \"{title}\" first; got {response}");
            Assert.True(first["score"]!.GetValue<double>() > 0);
        }
    }

    [Fact]
    public async Task Hits_mark_the_matching_words_in_title_and_excerpt()
    {
        var response = await _client.PostGraphQLAsync("""
            { searchPosts(query: "confidence", first: 50) { nodes { titleHighlight excerptHighlight post { title excerpt } } } }
            """);

        var hits = response.DataWithoutErrors()["searchPosts"]!["nodes"]!.AsArray();
        Assert.NotEmpty(hits);
        foreach (var hit in hits)
        {
            var title = hit!["post"]!["title"]!.GetValue<string>();
            var titleHighlight = hit["titleHighlight"]!.GetValue<string>();
            Assert.Equal(title.Contains("confidence", StringComparison.OrdinalIgnoreCase), titleHighlight.Contains("<mark>", StringComparison.Ordinal));
            // Removing the marks gives the title back.
            Assert.Equal(title.Replace("&", "&amp;"), titleHighlight.Replace("<mark>", "").Replace("</mark>", ""));
            Assert.Matches("(?i)<mark>confidence</mark>", titleHighlight + hit["excerptHighlight"]?.GetValue<string>());
        }
        Assert.Contains(hits, h => h!["excerptHighlight"]?.GetValue<string>().Contains("<mark>", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Walking_all_pages_with_cursors_returns_every_hit_once_in_rank_order()
    {
        const string query = """
            query($after: String) { searchPosts(query: "spotify", first: 4, after: $after) {
              totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor score post { id } } } }
            """;
        var all = (await _client.PostGraphQLAsync("""{ searchPosts(query: "spotify", first: 50) { edges { post { id } } } }"""))
            .DataWithoutErrors()["searchPosts"]!["edges"]!.AsArray().Select(e => e!["post"]!["id"]!.GetValue<string>()).ToList();

        var walked = new List<string>();
        var scores = new List<double>();
        string? after = null;
        int? total = null;
        for (var page = 0; page < 50; page++)
        {
            var result = (await _client.PostGraphQLAsync(query, new { after })).DataWithoutErrors()["searchPosts"]!;
            total = result["totalCount"]!.GetValue<int>();
            Assert.Equal(after is not null, result["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
            foreach (var edge in result["edges"]!.AsArray())
            {
                walked.Add(edge!["post"]!["id"]!.GetValue<string>());
                scores.Add(edge["score"]!.GetValue<double>());
            }
            if (!result["pageInfo"]!["hasNextPage"]!.GetValue<bool>()) break;
            after = result["pageInfo"]!["endCursor"]!.GetValue<string>();
        }

        Assert.True(all.Count > 8, "the walk should span several pages");
        Assert.Equal(all, walked);
        Assert.Equal(total, walked.Count);
        Assert.Equal(walked.Count, walked.Distinct().Count());
        Assert.Equal(scores.OrderByDescending(s => s), scores);
    }

    [Fact]
    public async Task Where_restricts_hits_to_posts_matching_the_filter()
    {
        var response = await _client.PostGraphQLAsync("""
            { all: searchPosts(query: "spotify") { totalCount }
              filtered: searchPosts(query: "spotify", first: 30, where: { categories: { some: { slug: { eq: "data-science" } } } }) {
                totalCount nodes { post { categories { slug } } } }
              plain: posts(where: { categories: { some: { slug: { eq: "data-science" } } } }) { totalCount } }
            """);

        var data = response.DataWithoutErrors();
        var hits = data["filtered"]!["nodes"]!.AsArray();
        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Contains(h!["post"]!["categories"]!.AsArray(), c => c!["slug"]!.GetValue<string>() == "data-science"));
        Assert.Equal(hits.Count, data["filtered"]!["totalCount"]!.GetValue<int>());
        Assert.True(hits.Count < data["all"]!["totalCount"]!.GetValue<int>());
        Assert.True(hits.Count <= data["plain"]!["totalCount"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("*** ?! --")]
    public async Task Query_text_without_a_word_is_a_clear_error(string text)
    {
        var response = await _client.PostGraphQLAsync("query($q: String!) { searchPosts(query: $q) { totalCount } }", new { q = text });

        Assert.Equal("SEARCH_QUERY_EMPTY", response.FirstErrorCode);
        Assert.Equal("The search query must contain at least one word or number.", response.Errors![0]!["message"]!.GetValue<string>());
        Assert.Null(response.Data!["searchPosts"]);
    }

    [Theory]
    [InlineData("\"unbalanced quote")]
    [InlineData("title: spotify")]
    [InlineData("data AND OR NOT")]
    [InlineData("NEAR(data platform, 2)")]
    [InlineData("^spotify -data +platform")]
    [InlineData("data* OR (platform")]
    [InlineData("'; DROP TABLE posts; --")]
    public async Task FTS5_syntax_typed_by_a_user_is_searched_as_text_never_an_error(string text)
    {
        var response = await _client.PostGraphQLAsync(
            "query($q: String!) { searchPosts(query: $q) { totalCount nodes { post { title } } } }", new { q = text });

        Assert.NotNull(response.DataWithoutErrors()["searchPosts"]);
    }

    [Fact]
    public async Task Quoted_phrases_and_prefixes_are_understood()
    {
        var response = await _client.PostGraphQLAsync("""
            { phrase: searchPosts(query: "\"data platform\"", first: 50) { nodes { post { title excerpt } } }
              prefix: searchPosts(query: "experiment*", first: 50) { totalCount }
              word: searchPosts(query: "experiment", first: 50) { totalCount } }
            """);

        var data = response.DataWithoutErrors();
        Assert.All(data["phrase"]!["nodes"]!.AsArray(), h => Assert.Matches("(?i)data platform",
            h!["post"]!["title"]!.GetValue<string>() + " " + h["post"]!["excerpt"]?.GetValue<string>()));
        Assert.True(data["prefix"]!["totalCount"]!.GetValue<int>() > data["word"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Page_size_and_cursor_errors_are_HotChocolate_s()
    {
        var tooMany = await _client.PostGraphQLAsync("""{ searchPosts(query: "spotify", first: 51) { totalCount } }""");
        var badCursor = await _client.PostGraphQLAsync("""{ searchPosts(query: "spotify", after: "bm90IGEgY3Vyc29y") { totalCount } }""");

        Assert.Equal("HC0051", tooMany.FirstErrorCode);
        Assert.Equal(50, tooMany.Errors![0]!["extensions"]!["maxAllowedItems"]!.GetValue<int>());
        Assert.Equal("HC0078", badCursor.FirstErrorCode);
    }

    [Fact]
    public async Task Default_page_is_ten_hits_and_a_snapshot_shows_the_shape()
    {
        var response = await _client.PostGraphQLAsync("""
            { searchPosts(query: "data science") { totalCount pageInfo { hasNextPage hasPreviousPage }
                nodes { titleHighlight excerptHighlight post { slug } } } }
            """);

        var data = response.DataWithoutErrors();
        Assert.Equal(10, data["searchPosts"]!["nodes"]!.AsArray().Count);
        Snapshot.Match(data.ToJsonString(new System.Text.Json.JsonSerializerOptions
        {
            WriteIndented = true,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }), TestCatalogProvider.IsPostgres ? "search_data_science_postgresql" : "search_data_science"); // ranking and snippets are each index's own
    }
}
