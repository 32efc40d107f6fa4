using PostCatalog.GraphQL.Types;
using static PostCatalog.GraphQL.Tests.Execution.ExecutionHarness;

namespace PostCatalog.GraphQL.Tests.Execution;

/// <summary>Spec 6.2.2: mutation root fields run serially, each completing (with its sub-fields) before the next starts.</summary>
public class MutationTests
{
    [Fact]
    public async Task Mutation_root_fields_run_one_after_another_in_document_order()
    {
        var log = new List<string>();
        var counter = 0;
        var schema = SchemaBuilder.FromSdl("""
            type Query { count: Int }
            type Mutation { increment(by: Int!): Counter }
            type Counter { value: Int! }
            """)
            .BindResolver("Mutation.increment", async c =>
            {
                var by = c.ArgumentValue<int>("by");
                lock (log) log.Add($"start {by}");
                // The slower first mutation would finish last if mutations ran in parallel.
                await Task.Delay(by == 1 ? 50 : 1);
                counter += by;
                lock (log) log.Add($"end {by}");
                return new Dictionary<string, object?> { ["value"] = counter };
            })
            .Build();

        var json = await RunAsync(schema, "mutation { a: increment(by: 1) { value } b: increment(by: 10) { value } }");

        Assert.Equal(Json("""{"data":{"a":{"value":1},"b":{"value":11}}}"""), json);
        Assert.Equal(new[] { "start 1", "end 1", "start 10", "end 10" }, log);
    }

    [Fact]
    public async Task A_failing_mutation_does_not_stop_the_next_one()
    {
        var schema = SchemaBuilder.FromSdl("""
            type Query { count: Int }
            type Mutation { fail: Int  succeed: Int }
            """)
            .BindResolver("Mutation.fail", _ => throw new GraphQLException("No."))
            .BindResolver("Mutation.succeed", _ => 1)
            .Build();

        var json = await RunAsync(schema, "mutation { fail succeed }");

        Assert.Equal(Json("""
            {"errors":[{"message":"No.","locations":[{"line":1,"column":12}],"path":["fail"]}],
             "data":{"fail":null,"succeed":1}}
            """), json);
    }
}
