using System.Text.Json.Nodes;
using PostCatalog.GraphQL.Execution;
using PostCatalog.GraphQL.Execution.Limits;
using PostCatalog.GraphQL.Language;
using PostCatalog.GraphQL.Types;

namespace PostCatalog.GraphQL.Tests.Limits;

/// <summary>HotChocolate's MaxExecutionDepth rule: the longest chain of fields, fragments expanded, checked before anything runs.</summary>
public class ExecutionDepthLimitTests
{
    private const string Sdl = "type Query { person: Person } type Person { name: String friend: Person }";

    private static RequestExecutor Executor(int maxDepth, bool skipIntrospection = true, Action? onResolve = null) =>
        new(SchemaBuilder.FromSdl(Sdl)
            .BindResolver("Query.person", _ => { onResolve?.Invoke(); return new Dictionary<string, object?> { ["name"] = "Ada" }; })
            .BindResolver("Person.friend", ctx => ctx.Parent<object>())
            .Build())
        {
            Limits = [new ExecutionDepthLimit(maxDepth, skipIntrospection)],
        };

    [Fact]
    public async Task An_operation_as_deep_as_the_limit_runs()
    {
        var result = await Executor(maxDepth: 3).ExecuteAsync("{ person { friend { name } } }");

        Assert.Equal("""{"data":{"person":{"friend":{"name":"Ada"}}}}""", result.ToJson());
    }

    [Fact]
    public async Task A_deeper_operation_is_a_request_error_with_both_depths_and_no_resolver_runs()
    {
        var resolved = 0;
        var executor = Executor(maxDepth: 3, onResolve: () => resolved++);

        var result = await executor.ExecuteAsync("query Deep { person { friend { friend { name } } } }");

        Assert.Equal(
            """{"errors":[{"message":"The GraphQL document has an execution depth of 4 which exceeds the max allowed execution depth of 3.","locations":[{"line":1,"column":1}],"extensions":{"code":"HC0009","allowedExecutionDepth":3,"detectedExecutionDepth":4}}]}""",
            result.ToJson());
        Assert.Equal(0, resolved);
    }

    [Fact]
    public async Task Fragments_and_inline_fragments_count_at_the_depth_they_are_spread()
    {
        var result = await Executor(maxDepth: 3).ExecuteAsync("""
            { person { ...F } }
            fragment F on Person { friend { ... on Person { friend { name } } } }
            """);

        Assert.Equal(4, JsonNode.Parse(result.ToJson())!["errors"]![0]!["extensions"]!["detectedExecutionDepth"]!.GetValue<int>());
    }

    [Fact]
    public void Fragments_spread_many_times_are_measured_once()
    {
        // Each fragment spreads the next twice: walking every spread would visit 2^40 fields.
        var fragments = string.Join("\n", Enumerable.Range(0, 40).Select(i => $"fragment F{i} on Person {{ friend {{ ...F{i + 1} ...F{i + 1} }} }}"));
        var document = Parser.Parse("{ person { ...F0 } }\n" + fragments + "\nfragment F40 on Person { name }");
        var operation = document.Definitions.OfType<OperationDefinitionNode>().Single();
        var byName = document.Definitions.OfType<FragmentDefinitionNode>().ToDictionary(f => f.Name.Value);

        var depth = ExecutionDepthLimit.Measure(operation.SelectionSet, byName);

        Assert.Equal(42, depth);
    }

    [Fact]
    public async Task Introspection_fields_are_left_out_unless_configured_otherwise()
    {
        const string query = "{ __schema { types { fields { type { ofType { name } } } } } }";

        var skipped = await Executor(maxDepth: 2).ExecuteAsync(query);
        var counted = await Executor(maxDepth: 2, skipIntrospection: false).ExecuteAsync(query);

        Assert.Null(skipped.Errors.FirstOrDefault());
        Assert.Equal(6, counted.Errors.Single().Extensions!["detectedExecutionDepth"]);
    }
}
