using PostCatalog.GraphQL.Execution;
using PostCatalog.GraphQL.Execution.Incremental;
using PostCatalog.GraphQL.Types;
using PostCatalog.GraphQL.Validation;
using static PostCatalog.GraphQL.Tests.Execution.ExecutionHarness;

namespace PostCatalog.GraphQL.Tests.Execution.Incremental;

/// <summary>
/// @defer and @stream in the engine (the payload shapes are checked against graphql-js 17 in
/// Conformance/Incremental): what a client notices about timing, opting in, and the plain execution path.
/// </summary>
public sealed class IncrementalDeliveryTests
{
    private static Schema Build(Func<IResolverContext, ValueTask<object?>> slowName) => new SchemaBuilder()
        .AddDeferAndStream()
        .AddDocument("""
            type Query { post: Post }
            type Post { id: ID! title: String! }
            """)
        .BindResolver("Query.post", _ => new Dictionary<string, object?> { ["id"] = "p1" })
        .BindResolver("Post.title", context => slowName(context))
        .Build();

    [Fact]
    public async Task The_initial_payload_arrives_before_a_slow_deferred_field_resolves()
    {
        var release = new TaskCompletionSource<object?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var executor = new RequestExecutor(Build(_ => new ValueTask<object?>(release.Task)), validator: new DocumentValidator());

        await using var payloads = executor
            .ExecuteIncrementallyAsync(new OperationRequest { Query = "{ post { id ... @defer { title } } }" })
            .GetAsyncEnumerator();

        Assert.True(await payloads.MoveNextAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal("""{"data":{"post":{"id":"p1"}},"hasNext":true,"pending":[{"id":"0","path":["post"]}]}""", payloads.Current.ToJson());

        var next = payloads.MoveNextAsync().AsTask();
        Assert.False(next.IsCompleted);
        release.SetResult("Hello");
        Assert.True(await next.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal("""{"hasNext":false,"incremental":[{"id":"0","data":{"title":"Hello"}}],"completed":[{"id":"0"}]}""", payloads.Current.ToJson());
        Assert.False(await payloads.MoveNextAsync());
    }

    [Fact]
    public async Task Plain_execution_sends_deferred_fields_in_the_one_response()
    {
        var schema = Build(_ => new ValueTask<object?>("Hello"));

        var json = await RunAsync(schema, "{ post { id ... @defer { title } } }");

        Assert.Equal(Json("""{"data":{"post":{"id":"p1","title":"Hello"}}}"""), json);
    }

    [Fact]
    public async Task A_request_error_is_one_plain_payload()
    {
        var executor = new RequestExecutor(Build(_ => new ValueTask<object?>("Hello")), validator: new DocumentValidator());

        var payloads = new List<IncrementalPayload>();
        await foreach (var payload in executor.ExecuteIncrementallyAsync(new OperationRequest { Query = "{ post { ... @defer(label: 1) { title } } }" }))
            payloads.Add(payload);

        var only = Assert.Single(payloads);
        Assert.False(only.IsIncremental);
        Assert.True(only.Initial!.IsRequestError);
        Assert.Contains(only.Initial.Errors, error => error.Message == "Argument \"@defer(label:)\" must be a static string.");
        Assert.DoesNotContain("hasNext", only.ToJson());
    }

    [Fact]
    public void Defer_and_stream_exist_only_in_schemas_that_add_them()
    {
        var plain = SchemaBuilder.FromSdl("type Query { a: String }").Build();
        var opted = new SchemaBuilder().AddDeferAndStream().AddDocument("type Query { a: String }").Build();

        Assert.DoesNotContain(plain.Directives, d => d.Name is "defer" or "stream");
        Assert.Contains(opted.Directives, d => d.Name == "defer");
        Assert.Contains("directive @stream(", SchemaPrinter.PrintLikeGraphQLJs(opted));
    }

    [Fact]
    public async Task Two_fragments_sharing_a_field_both_deliver_what_they_add_below_it()
    {
        var schema = new SchemaBuilder()
            .AddDeferAndStream()
            .AddDocument("""
                type Query { post: Post }
                type Post { tags: [Tag] }
                type Tag { id: ID name: String }
                """)
            .BindResolver("Query.post", _ => new Dictionary<string, object?>
            {
                ["tags"] = new List<object?> { new Dictionary<string, object?> { ["id"] = "t1", ["name"] = "dotnet" } },
            })
            .Build();
        var executor = new RequestExecutor(schema, validator: new DocumentValidator());

        var payloads = new List<string>();
        await foreach (var payload in executor.ExecuteIncrementallyAsync(new OperationRequest
        {
            Query = """{ post { ... @defer { tags { id } } ... @defer(label: "names") { tags { name } } } }""",
        }))
        {
            payloads.Add(payload.ToJson());
        }

        Assert.Equal(
            [
                """{"data":{"post":{}},"hasNext":true,"pending":[{"id":"0","path":["post"]}]}""",
                """{"hasNext":true,"pending":[{"id":"1","path":["post"],"label":"names"}],"incremental":[{"id":"0","data":{"tags":[{"id":"t1"}]}}],"completed":[{"id":"0"}]}""",
                """{"hasNext":false,"incremental":[{"id":"1","data":{"name":"dotnet"},"subPath":["tags",0]}],"completed":[{"id":"1"}]}""",
            ],
            payloads);
    }
}
