using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using PostCatalog.Api.Schema.Live;
using PostCatalog.Api.Tests.Infrastructure;
using PostCatalog.Catalog;
using PostCatalog.GraphQL.Execution;
using PostCatalog.Import;

namespace PostCatalog.Api.Tests.Live;

/// <summary>
/// <c>postAdded</c> and <c>catalogChanged</c> fire when an import commits on the served catalog, from another
/// connection as the <c>import</c> command would; each event's selection is executed like a query.
/// </summary>
public sealed class CatalogSubscriptionTests : IAsyncLifetime
{
    private readonly CatalogApiFactory _api = new();
    private readonly List<CancellationTokenSource> _subscriptions = [];

    public async Task InitializeAsync()
    {
        _api.Settings["GraphQL:Catalog:Live:PollInterval"] = "00:00:00.050";
        _api.CreateClient(); // starts the host and imports the seeds
        await _api.Services.GetRequiredService<CatalogChangeFeed>().Ready;
    }

    public Task DisposeAsync()
    {
        foreach (var subscription in _subscriptions) subscription.Cancel();
        _api.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task An_import_that_adds_a_post_sends_catalogChanged_with_the_post_and_the_report()
    {
        var events = await SubscribeAsync("""
            subscription { catalogChanged { import { counts { posts } changes { added } } added { title categories { slug } } updated { title } removed } }
            """);

        await ImportAsync(ListingDocument.Write("901_live.txt", 901, "A Catalog That Tells You When It Changes"));

        var change = (await NextAsync(events))["catalogChanged"]!;
        var added = Assert.Single(change["added"]!.AsArray())!;
        Assert.Equal("A Catalog That Tells You When It Changes", added["title"]!.GetValue<string>());
        Assert.Equal("data-science", Assert.Single(added["categories"]!.AsArray())!["slug"]!.GetValue<string>());
        Assert.Equal(37, change["import"]!["counts"]!["posts"]!.GetValue<int>());
        Assert.True(change["import"]!["changes"]!["added"]!.GetValue<int>() > 0);
        Assert.Empty(change["updated"]!.AsArray());
        Assert.Empty(change["removed"]!.AsArray());
    }

    [Fact]
    public async Task A_new_document_that_mentions_a_post_the_catalog_has_lists_it_as_updated_not_added()
    {
        var known = (await _api.CreateClient().PostGraphQLAsync("{ posts(first: 1) { nodes { title } } }"))
            .DataWithoutErrors()["posts"]!["nodes"]![0]!["title"]!.GetValue<string>();
        var events = await SubscribeAsync("subscription { catalogChanged { added { title } updated { title } } }");

        await ImportAsync(ListingDocument.Write("905_live.txt", 905, known));

        var change = (await NextAsync(events))["catalogChanged"]!;
        Assert.Empty(change["added"]!.AsArray());
        Assert.Contains(known, change["updated"]!.AsArray().Select(p => p!["title"]!.GetValue<string>()));
    }

    [Fact]
    public async Task PostAdded_sends_only_the_posts_its_where_matches()
    {
        var second = await SubscribeAsync("""subscription { postAdded(where: { title: { contains: "Second" } }) { title } }""");
        var any = await SubscribeAsync("subscription { postAdded { title } }");

        await ImportAsync(ListingDocument.Write("902_live.txt", 902, "First Post Of The Live Test"));
        await ImportAsync(ListingDocument.Write("903_live.txt", 903, "Second Post Of The Live Test"));

        // The filtered subscriber's first event is the second post: the first one never reached it.
        Assert.Equal("Second Post Of The Live Test", (await NextAsync(second))["postAdded"]!["title"]!.GetValue<string>());
        Assert.Equal("First Post Of The Live Test", (await NextAsync(any))["postAdded"]!["title"]!.GetValue<string>());
        Assert.Equal("Second Post Of The Live Test", (await NextAsync(any))["postAdded"]!["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_import_that_changes_nothing_sends_nothing_and_a_removal_sends_the_removed_id()
    {
        var events = await SubscribeAsync("subscription { catalogChanged { added { id } removed } }");
        var folder = ListingDocument.Write("904_live.txt", 904, "A Post That Comes And Goes");
        await ImportAsync(folder);
        var addedId = Assert.Single((await NextAsync(events))["catalogChanged"]!["added"]!.AsArray())!["id"]!.GetValue<string>();

        await ImportAsync(folder); // the same document again: nothing changes
        var removal = await RemoveAsync("904_live.txt");

        var change = (await NextAsync(events))["catalogChanged"]!;
        Assert.Empty(change["added"]!.AsArray());
        var removed = Assert.Single(change["removed"]!.AsArray())!.GetValue<string>();
        Assert.Equal(addedId, removed);
        Assert.Equal("A Post That Comes And Goes", Assert.Single(removal.RemovedPosts).Title);
        var node = await _api.CreateClient().PostGraphQLAsync("query($id: ID!) { node(id: $id) { id } }", new { id = removed });
        Assert.Null(node.DataWithoutErrors()["node"]);
    }

    [Fact]
    public async Task Leaving_a_subscription_lets_its_buffer_go()
    {
        var executor = _api.Services.GetRequiredService<RequestExecutor>();
        var feed = _api.Services.GetRequiredService<CatalogChangeFeed>();
        var events = await SubscribeAsync("subscription { catalogChanged { removed } }");
        Assert.Equal(1, executor.ActiveSubscriptions);
        Assert.Equal(1, feed.Changes.SubscriberCount);

        _subscriptions[^1].Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await events.Completion);

        Assert.Equal(0, executor.ActiveSubscriptions);
        Assert.Equal(0, feed.Changes.SubscriberCount);
    }

    private async Task<ChannelReader<JsonNode>> SubscribeAsync(string query)
    {
        var executor = _api.Services.GetRequiredService<RequestExecutor>();
        var before = executor.ActiveSubscriptions;
        var cancel = new CancellationTokenSource();
        _subscriptions.Add(cancel);
        var events = Channel.CreateUnbounded<JsonNode>();
        _ = Task.Run(async () =>
        {
            try
            {
                await foreach (var result in executor.ExecuteStreamAsync(OperationRequest.FromQuery(query), _api.Services, cancel.Token))
                {
                    var body = JsonNode.Parse(result.ToJson())!;
                    Assert.True(body["errors"] is null, body.ToJsonString());
                    await events.Writer.WriteAsync(body["data"]!);
                }
                events.Writer.TryComplete();
            }
            catch (Exception exception)
            {
                events.Writer.TryComplete(exception);
            }
        });
        // The subscription is registered once the executor counts it.
        for (var i = 0; i < 500 && executor.ActiveSubscriptions == before && !events.Reader.Completion.IsCompleted; i++) await Task.Delay(10);
        Assert.Equal(before + 1, executor.ActiveSubscriptions);
        return events.Reader;
    }

    private static async Task<JsonNode> NextAsync(ChannelReader<JsonNode> events)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        return await events.ReadAsync(timeout.Token);
    }

    private async Task<PostCatalog.Import.Reporting.ImportReport> ImportAsync(string folder)
    {
        var database = await _api.OpenCatalogAsync();
        return await new CatalogImporter().ImportAsync([folder], database.Options, ImportMode.Add);
    }

    private async Task<PostCatalog.Import.Reporting.ImportReport> RemoveAsync(string name)
    {
        var database = await _api.OpenCatalogAsync();
        return await new CatalogImporter().RemoveAsync([name], database.Options);
    }
}
