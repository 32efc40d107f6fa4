using Microsoft.Extensions.Logging;
using PostCatalog.Api.Tests.Http;
using PostCatalog.Api.Tests.Infrastructure;

namespace PostCatalog.Api.Tests.Reliability;

/// <summary>
/// What the operator reads when a client gets something wrong: one Information line naming the request, the code and
/// where, with no stack trace, and nothing at Warning or above. Only the server's own faults are errors.
/// </summary>
public sealed class ClientErrorLoggingTests(LogCapturingApiFactory api) : IClassFixture<LogCapturingApiFactory>
{
    private readonly HttpClient _client = api.CreateClient();

    [Theory]
    [InlineData("{ posts(first: 1, after: \"not-a-cursor\") { nodes { title } } }", "HC0078")]
    [InlineData("{ posts(first: -1) { nodes { title } } }", "HC0079")]
    [InlineData("{ posts(first: 51) { nodes { title } } }", "HC0051")]
    [InlineData("{ posts { nodes { nope } } }", "FIELDS_ON_CORRECT_TYPE")]
    [InlineData("{ posts(", "HC0011")]
    [InlineData("query($n: Int!) { posts(first: $n) { nodes { title } } }", "HC0016")]
    public async Task A_client_error_is_one_Information_line_with_the_request_id_and_no_stack_trace(string query, string code)
    {
        await _client.PostGraphQLAsync(HttpRequests.SmallQuery); // warm: the host's start-up lines are not this test's
        api.Log.Clear();

        var response = await _client.PostGraphQLAsync(query);

        Assert.Equal(code, response.FirstErrorCode);
        var lines = api.Log.Entries.Where(e => e.Category.StartsWith("PostCatalog", StringComparison.Ordinal)).ToList();
        var line = Assert.Single(lines);
        Assert.Equal(LogLevel.Information, line.Level);
        Assert.Null(line.Exception);
        Assert.Contains(code, line.Message);
        Assert.DoesNotContain('\n', line.Message);
        var requestId = Assert.IsType<string>(line.Values["RequestId"]);
        Assert.NotEmpty(requestId);
        Assert.Contains(requestId, line.Message);
        AssertNothingAtWarningOrAbove();
    }

    [Fact]
    public async Task A_body_that_cannot_be_read_is_one_Information_line_with_its_status()
    {
        api.Log.Clear();

        await _client.PostJsonAsync("{ not json");

        var line = Assert.Single(api.Log.Entries, e => e.Category.StartsWith("PostCatalog", StringComparison.Ordinal));
        Assert.Equal(LogLevel.Information, line.Level);
        Assert.Contains("rejected with 400 HC0009", line.Message);
        AssertNothingAtWarningOrAbove();
    }

    private void AssertNothingAtWarningOrAbove()
    {
        var loud = api.Log.Entries.Where(e => e.Level >= LogLevel.Warning).ToList();
        Assert.True(loud.Count == 0, "Logged at Warning or above: " + string.Join("\n", loud));
    }
}
