using System.Net;
using System.Net.Http.Json;
using PostCatalog.Api.Tests.Infrastructure;

namespace PostCatalog.Api.Tests.Transports;

/// <summary>Server-Sent Events on POST /graphql with <c>Accept: text/event-stream</c> (graphql-sse's distinct connections mode).</summary>
public sealed class EventStreamTests(LiveApiFactory api) : IClassFixture<LiveApiFactory>
{
    /// <summary>The stream without its keep-alive comments (the factory sends one every 300 ms).</summary>
    private static async Task<string> EventsAsync(HttpResponseMessage response) =>
        (await response.Content.ReadAsStringAsync()).Replace(":\n\n", "", StringComparison.Ordinal);

    private async Task<HttpResponseMessage> PostAsync(string query, string accept = "text/event-stream")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query }) };
        request.Headers.Accept.ParseAdd(accept);
        return await api.CreateClient().SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
    }

    [Fact]
    public async Task A_query_is_one_next_event_then_complete()
    {
        using var response = await PostAsync("{ posts(first: 1) { totalCount } }");
        var body = await EventsAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType!.MediaType);
        Assert.Matches("""^event: next\ndata: \{"data":\{"posts":\{"totalCount":\d+\}\}\}\n\nevent: complete\ndata: \n\n$""", body);
    }

    [Fact]
    public async Task A_deferred_fragment_comes_as_its_own_next_event_after_the_initial_payload()
    {
        using var response = await PostAsync("{ posts(first: 2) { nodes { title ... @defer(label: \"more\") { slug } } } }");
        var body = await EventsAsync(response);

        var events = body.Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
        // graphql-js 17's payloads, one per event: the titles with what is pending, then the deferred slugs, then complete.
        Assert.True(events.Length >= 3, body);
        Assert.StartsWith("event: next\ndata: {\"data\":{\"posts\":{\"nodes\":[{\"title\":", events[0]);
        Assert.Contains("\"hasNext\":true", events[0]);
        Assert.Contains("\"pending\":[{\"id\":\"0\"", events[0]);
        Assert.Contains("\"label\":\"more\"", events[0]);
        Assert.DoesNotContain("\"slug\"", events[0]);
        var later = string.Join("\n", events[1..^1]);
        Assert.Contains("\"incremental\":[", later);
        Assert.Contains("\"slug\":", later);
        Assert.DoesNotContain("\"slug\":null", later); // the page's rows carry what the deferred fragment reads (projections)
        Assert.Contains("\"completed\":[{\"id\":\"", later);
        Assert.Contains("\"hasNext\":false", events[^2]);
        Assert.Equal("event: complete\ndata: ", events[^1]);
    }

    [Fact]
    public async Task Deferred_nodes_of_a_connection_are_fetched_with_the_page()
    {
        using var response = await PostAsync("{ posts(first: 2) { totalCount ... @defer { nodes { title } } } }");
        var body = await EventsAsync(response);

        Assert.Contains("\"totalCount\":", body);
        Assert.Matches("\"nodes\":\\[\\{\"title\":\"[^\"]+\"\\},\\{\"title\":", body);
    }

    [Fact]
    public async Task A_validation_error_comes_as_a_next_event_on_an_accepted_stream()
    {
        using var response = await PostAsync("subscription { postAdded { nope } }");
        var body = await EventsAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("event: next\ndata: {\"errors\":[{\"message\":\"Cannot query field \\\"nope\\\" on type \\\"Post\\\".", body);
        Assert.EndsWith("event: complete\ndata: \n\n", body);
    }

    [Fact]
    public async Task A_GET_event_stream_runs_a_query_as_an_EventSource_would_and_refuses_a_mutation()
    {
        async Task<string> GetAsync(string query)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(query));
            request.Headers.Accept.ParseAdd("text/event-stream");
            using var response = await api.CreateClient().SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return await EventsAsync(response);
        }

        var query = await GetAsync("{ posts(first: 1) { totalCount } }");
        var mutation = await GetAsync("mutation { doSomething }");

        Assert.StartsWith("event: next\ndata: {\"data\":{\"posts\":{\"totalCount\":", query);
        Assert.Contains("\"code\":\"OPERATION_NOT_ALLOWED\"", mutation);
        Assert.EndsWith("event: complete\ndata: \n\n", mutation);
    }

    [Fact]
    public async Task A_subscription_over_a_plain_POST_is_refused_and_points_at_the_streaming_transports()
    {
        var response = await api.CreateClient().PostGraphQLAsync("subscription { catalogChanged { removed } }");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("OPERATION_NOT_ALLOWED", response.FirstErrorCode);
        Assert.Contains("text/event-stream", response.Errors![0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_subscription_stream_stays_open_with_keep_alive_comments_until_the_client_leaves()
    {
        using var response = await PostAsync("subscription { catalogChanged { removed } }");
        await using var stream = await response.Content.ReadAsStreamAsync();
        using var reader = new StreamReader(stream);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));

        var line = await reader.ReadLineAsync(timeout.Token);

        Assert.Equal(":", line);
    }
}
