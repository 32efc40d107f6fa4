using System.Text.Json;
using System.Text.Json.Nodes;
using PostCatalog.GraphQL.Execution;
using PostCatalog.GraphQL.Tests.Conformance.Oracle;
using PostCatalog.GraphQL.Types;
using PostCatalog.GraphQL.Validation;

namespace PostCatalog.GraphQL.Tests.Conformance.Incremental;

/// <summary>
/// Differential tests against graphql-js 17's <c>experimentalExecuteIncrementally</c>: for every corpus case, our
/// initial payload equals graphql-js's (data, errors, pending, hasNext), and the later payloads carry the same
/// pending, incremental and completed entries in the same order, ending with <c>hasNext: false</c>. How the later
/// entries are split into payloads may differ: graphql-js, with every resolver synchronous, sends a nested fragment in
/// the same payload as its parent; we send it in the next one (see the corpus README).
/// </summary>
[Collection(OracleCollection.Name)]
public sealed class IncrementalConformanceTests(OracleFixture oracle)
{
    private static readonly Lazy<RequestExecutor> Executor = new(CreateExecutor);

    public static IEnumerable<object[]> Cases => IncrementalCorpus.Cases.Select(c => new object[] { c.Id });

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Delivers_incrementally_like_graphql_js(string id)
    {
        var c = IncrementalCorpus.ById[id];
        var expected = oracle.Result(id);
        Assert.True(expected["errors"] is null, $"graphql-js does not accept the case: {expected["errors"]}");
        var theirs = expected["payloads"]!.AsArray().Select(p => p!).ToList();

        var ours = new List<JsonNode>();
        var request = new OperationRequest
        {
            Query = c.Document,
            Variables = c.Variables is null ? null : JsonInput.ParseObject(c.Variables),
        };
        await foreach (var payload in Executor.Value.ExecuteIncrementallyAsync(request)) ours.Add(JsonNode.Parse(payload.ToJson())!);

        Assert.Equal(Canonical(theirs[0]), Canonical(ours[0]));
        Assert.Equal(Canonical(Merge(theirs.Skip(1))), Canonical(Merge(ours.Skip(1))));
    }

    [Fact]
    public void The_corpus_covers_defer_stream_labels_conditions_errors_and_nesting()
    {
        var documents = string.Join("\n", IncrementalCorpus.Cases.Select(c => c.Document));
        foreach (var construct in new[] { "@defer {", "@defer(label:", "@defer(if: false)", "@defer(if: $", "@stream(initialCount:", "@stream {", "failNonNull", "failNullable" })
            Assert.Contains(construct, documents);
        Assert.True(IncrementalCorpus.Cases.Count >= 20, $"{IncrementalCorpus.Cases.Count} cases");
    }

    private static RequestExecutor CreateExecutor()
    {
        var builder = SchemaBuilder.FromSdl(IncrementalCorpus.Sdl);
        foreach (var coordinate in new[] { "Hero.failNullable", "Hero.failNonNull", "Friend.failNullable" })
            builder.BindResolver(coordinate, _ => throw new GraphQLException("boom"));
        return new RequestExecutor(builder.Build(), validator: new DocumentValidator())
        {
            RootValue = JsonInput.ParseObject(IncrementalCorpus.RootJson),
        };
    }

    // The later payloads as one: their pending, incremental and completed entries in order, and the last hasNext.
    private static JsonNode Merge(IEnumerable<JsonNode> payloads)
    {
        var merged = new JsonObject { ["pending"] = new JsonArray(), ["incremental"] = new JsonArray(), ["completed"] = new JsonArray() };
        JsonNode? hasNext = null;
        foreach (var payload in payloads)
        {
            foreach (var key in new[] { "pending", "incremental", "completed" })
            {
                if (payload[key] is JsonArray entries)
                    foreach (var entry in entries) merged[key]!.AsArray().Add(entry!.DeepClone());
            }

            hasNext = payload["hasNext"]?.DeepClone();
        }

        merged["hasNext"] = hasNext;
        return merged;
    }

    // Keys sorted and error extensions left out (graphql-js's errors have none), indented so a failure shows where.
    private static string Canonical(JsonNode? node) => Sort(node)?.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) ?? "null";

    private static JsonNode? Sort(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj
            .Where(pair => pair.Key != "extensions")
            .OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => KeyValuePair.Create(pair.Key, Sort(pair.Value)))),
        JsonArray array => new JsonArray(array.Select(Sort).ToArray()),
        _ => node?.DeepClone(),
    };
}
