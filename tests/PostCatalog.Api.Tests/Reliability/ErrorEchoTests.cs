using PostCatalog.Api.Tests.Infrastructure;

namespace PostCatalog.Api.Tests.Reliability;

/// <summary>Errors quote at most a short prefix of what they reject: a 10 MB input must not come back as a 10 MB answer.</summary>
public sealed class ErrorEchoTests(CatalogApiFactory api) : IClassFixture<CatalogApiFactory>
{
    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task A_search_text_that_is_too_long_comes_back_as_its_first_64_characters_and_its_length()
    {
        var text = new string('x', 10_000_000);

        var response = await _client.PostGraphQLAsync("query($q: String!) { searchPosts(query: $q) { totalCount } }", new { q = text });

        Assert.Equal("SEARCH_QUERY_TOO_LONG", response.FirstErrorCode);
        Assert.Equal(new string('x', 64) + "… (10000000 characters)", response.Errors![0]!["extensions"]!["query"]!.GetValue<string>());
        var answer = response.Body.ToJsonString();
        Assert.True(answer.Length < 1_000, answer[..Math.Min(answer.Length, 1_000)]);
    }

    [Fact]
    public async Task A_huge_string_where_an_Int_goes_is_quoted_short()
    {
        var response = await _client.PostGraphQLAsync("query($n: Int) { posts(first: $n) { totalCount } }", new { n = new string('9', 1_000_000) });

        Assert.Equal("HC0016", response.FirstErrorCode);
        var message = response.Errors![0]!["message"]!.GetValue<string>();
        Assert.StartsWith("Variable \"$n\" has invalid value: Int cannot represent non-integer value: \"" + new string('9', 63), message);
        Assert.Contains("(1000000 characters)", message);
        Assert.True(message.Length < 600, message);
    }

    [Fact]
    public async Task A_huge_literal_in_the_document_is_quoted_short()
    {
        var response = await _client.PostGraphQLAsync("{ posts(first: \"" + new string('a', 20_000) + "\") { totalCount } }");

        var message = response.Errors![0]!["message"]!.GetValue<string>();
        Assert.StartsWith("Int cannot represent non-integer value: \"" + new string('a', 63), message);
        Assert.Contains("characters)", message);
        Assert.True(message.Length < 300, message);
    }
}
