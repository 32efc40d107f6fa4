using System.Runtime.CompilerServices;
using Microsoft.Extensions.DependencyInjection;
using PostCatalog.GraphQL.Execution;
using PostCatalog.GraphQL.Execution.Subscriptions;
using PostCatalog.GraphQL.Types;
using static PostCatalog.GraphQL.Tests.Execution.ExecutionHarness;

namespace PostCatalog.GraphQL.Tests.Execution.Subscriptions;

/// <summary>Spec 6.2.3: a subscription creates its source stream once, then executes its selection set per event.</summary>
public class SubscriptionExecutionTests
{
    private sealed record Tick(int Value);

    private sealed class Source
    {
        public int Opened;
        public int Closed;
        public Exception? FailAfter;
        public int? FailAfterCount;

        public async IAsyncEnumerable<object?> Ticks(int from, int count, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref Opened);
            try
            {
                for (var i = 0; i < count; i++)
                {
                    if (FailAfterCount == i) throw FailAfter!;
                    await Task.Yield();
                    cancellationToken.ThrowIfCancellationRequested();
                    yield return new Tick(from + i);
                }
            }
            finally
            {
                Interlocked.Increment(ref Closed);
            }
        }
    }

    private static Schema TickSchema(Source source, Action<FieldDescriptor>? also = null) => new SchemaBuilder()
        .AddQueryType(q => q.Field("now", "Int", f => f.Resolve(_ => 1)))
        .AddMutationType(m => m.Field("touch", "Int", f => f.Resolve(_ => 2)))
        .AddSubscriptionType(s => s.Field("ticks", "Tick!", f =>
        {
            f.Argument("from", "Int", a => a.DefaultValue(0)).Argument("count", "Int", a => a.DefaultValue(3));
            f.Subscribe(ctx => source.Ticks(ctx.ArgumentValue<int>("from"), ctx.ArgumentValue<int>("count"), ctx.RequestAborted));
            also?.Invoke(f);
        }))
        .AddObjectType<Tick>("Tick", t => t
            .Field("value", "Int!", x => x.Value)
            .Field("double", "Int!", x => x.Value * 2)
            .Field("broken", "Int", f => f.Resolve(_ => throw new GraphQLException("This field fails."))))
        .Build();

    private static async Task<List<string>> Collect(RequestExecutor executor, string query, IServiceProvider? services = null)
    {
        var results = new List<string>();
        await foreach (var result in executor.ExecuteStreamAsync(OperationRequest.FromQuery(query), services))
        {
            results.Add(result.ToJson());
        }

        return results;
    }

    [Fact]
    public async Task Each_event_executes_the_selection_set_with_the_event_as_the_root_value()
    {
        var source = new Source();
        var results = await Collect(new RequestExecutor(TickSchema(source)), "subscription { ticks(from: 5) { value double } }");

        Assert.Equal(
        [
            Json("""{"data":{"ticks":{"value":5,"double":10}}}"""),
            Json("""{"data":{"ticks":{"value":6,"double":12}}}"""),
            Json("""{"data":{"ticks":{"value":7,"double":14}}}"""),
        ], results);
        Assert.Equal(1, source.Opened);
    }

    [Fact]
    public async Task A_field_error_in_one_event_is_that_events_error_and_the_stream_goes_on()
    {
        var results = await Collect(new RequestExecutor(TickSchema(new Source())), "subscription { ticks(count: 2) { value broken } }");

        Assert.Equal(
        [
            Json("""{"errors":[{"message":"This field fails.","locations":[{"line":1,"column":40}],"path":["ticks","broken"]}],"data":{"ticks":{"value":0,"broken":null}}}"""),
            Json("""{"errors":[{"message":"This field fails.","locations":[{"line":1,"column":40}],"path":["ticks","broken"]}],"data":{"ticks":{"value":1,"broken":null}}}"""),
        ], results);
    }

    [Fact]
    public async Task An_invalid_subscription_is_one_request_error_and_opens_no_source_stream()
    {
        var source = new Source();
        var results = await Collect(new RequestExecutor(TickSchema(source), validator: new PostCatalog.GraphQL.Validation.DocumentValidator()),
            "subscription { ticks { value } now: ticks { value } }");

        var only = Assert.Single(results);
        Assert.StartsWith("{\"errors\":", only);
        Assert.DoesNotContain("\"data\"", only);
        Assert.Equal(0, source.Opened);
    }

    [Fact]
    public async Task A_source_stream_that_fails_to_open_is_a_request_error_at_the_root_field()
    {
        var executor = new RequestExecutor(TickSchema(new Source(), f => f.Subscribe(_ => throw new GraphQLException("No ticks today."))));

        var only = Assert.Single(await Collect(executor, "subscription { ticks { value } }"));

        Assert.Equal(Json("""{"errors":[{"message":"No ticks today.","locations":[{"line":1,"column":16}],"path":["ticks"]}]}"""), only);
        Assert.Equal(0, executor.ActiveSubscriptions);
    }

    [Fact]
    public async Task A_source_stream_that_fails_midway_ends_with_an_errors_only_result_and_no_exception_detail()
    {
        var source = new Source { FailAfterCount = 1, FailAfter = new InvalidOperationException("disk on fire") };
        var results = await Collect(new RequestExecutor(TickSchema(source)), "subscription { ticks { value } }");

        Assert.Equal(2, results.Count);
        Assert.Equal(Json("""{"data":{"ticks":{"value":0}}}"""), results[0]);
        Assert.DoesNotContain("disk on fire", results[1]);
        Assert.Contains("\"code\":\"SUBSCRIPTION_ENDED\"", results[1]);
        Assert.Equal(1, source.Closed);
    }

    [Fact]
    public async Task Leaving_the_stream_early_closes_the_source_and_the_active_count_returns_to_zero()
    {
        var source = new Source();
        var executor = new RequestExecutor(TickSchema(source));

        await foreach (var result in executor.ExecuteStreamAsync(OperationRequest.FromQuery("subscription { ticks(count: 1000) { value } }")))
        {
            Assert.Equal(1, executor.ActiveSubscriptions);
            break;
        }

        Assert.Equal(0, executor.ActiveSubscriptions);
        Assert.Equal(1, source.Closed);
    }

    [Fact]
    public async Task Cancelling_the_stream_closes_the_source()
    {
        var topic = new EventTopic<object?>(4);
        var executor = new RequestExecutor(TickSchema(new Source(), f => f.Subscribe(_ => topic.Subscribe())));
        using var cancel = new CancellationTokenSource();

        var reading = Task.Run(async () =>
        {
            await foreach (var _ in executor.ExecuteStreamAsync(OperationRequest.FromQuery("subscription { ticks { value } }"), null, cancel.Token))
            {
            }
        });
        await WaitUntil(() => topic.SubscriberCount == 1);
        cancel.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => reading);
        Assert.Equal(0, topic.SubscriberCount);
        Assert.Equal(0, executor.ActiveSubscriptions);
    }

    [Fact]
    public async Task A_subscriber_that_falls_a_full_buffer_behind_gets_what_it_buffered_then_SUBSCRIPTION_ENDED()
    {
        var topic = new EventTopic<object?>(2);
        var executor = new RequestExecutor(TickSchema(new Source(), f => f.Subscribe(_ => topic.Subscribe())));
        var stream = executor.ExecuteStreamAsync(OperationRequest.FromQuery("subscription { ticks { value } }")).GetAsyncEnumerator();
        var first = stream.MoveNextAsync(); // opens the source; the subscriber now reads nothing more until asked

        await WaitUntil(() => topic.SubscriberCount == 1);
        for (var i = 1; i <= 4; i++) topic.Publish(new Tick(i));
        var results = new List<string>();
        if (await first) results.Add(stream.Current.ToJson());
        while (await stream.MoveNextAsync()) results.Add(stream.Current.ToJson());
        await stream.DisposeAsync();

        Assert.Equal(Json("""{"data":{"ticks":{"value":1}}}"""), results[0]);
        Assert.Equal(Json("""{"data":{"ticks":{"value":2}}}"""), results[1]);
        Assert.Contains("fell more than 2 events behind", results[^1]);
        Assert.Contains("\"code\":\"SUBSCRIPTION_ENDED\"", results[^1]);
        Assert.Equal(0, topic.SubscriberCount);
        Assert.Equal(0, executor.ActiveSubscriptions);
    }

    [Fact]
    public async Task Every_event_gets_its_own_service_scope_disposed_when_the_event_is_written()
    {
        var scoped = new List<ScopedThing>();
        var services = new ServiceCollection().AddScoped(_ =>
        {
            var thing = new ScopedThing();
            lock (scoped) scoped.Add(thing);
            return thing;
        }).BuildServiceProvider();
        var executor = new RequestExecutor(TickSchema(new Source(), f => f.Resolve(ctx =>
        {
            _ = ctx.Services.GetRequiredService<ScopedThing>();
            return ctx.Parent<object?>();
        })));

        var results = await Collect(executor, "subscription { ticks { value } }", services);

        Assert.Equal(3, results.Count);
        Assert.Equal(3, scoped.Count);
        Assert.All(scoped, s => Assert.True(s.IsDisposed));
    }

    [Fact]
    public async Task A_query_sent_to_the_stream_entry_point_yields_its_one_result()
    {
        var results = await Collect(new RequestExecutor(TickSchema(new Source())), "{ now }");

        Assert.Equal([Json("""{"data":{"now":1}}""")], results);
    }

    [Fact]
    public async Task An_operation_type_the_transport_does_not_allow_is_refused_before_any_resolver_runs()
    {
        var executor = new RequestExecutor(TickSchema(new Source()));

        var mutation = await executor.ExecuteAsync(new OperationRequest { Query = "mutation { touch }", AllowedOperations = AllowedOperations.Query });
        var subscription = await executor.ExecuteAsync(new OperationRequest
        {
            Query = "subscription { ticks { value } }",
            AllowedOperations = AllowedOperations.Query | AllowedOperations.Mutation,
        });

        Assert.True(mutation.IsRequestError);
        Assert.Equal(ErrorCodes.OperationNotAllowed, mutation.Errors[0].Code);
        Assert.Equal("The operation is a mutation, and this transport accepts only queries.", mutation.Errors[0].Message);
        Assert.Contains("streaming transport", subscription.Errors[0].Message);
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        Assert.True(condition());
    }

    private sealed class ScopedThing : IDisposable
    {
        public bool IsDisposed { get; private set; }
        public void Dispose() => IsDisposed = true;
    }
}
