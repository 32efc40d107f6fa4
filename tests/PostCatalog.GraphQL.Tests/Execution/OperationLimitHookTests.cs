using PostCatalog.GraphQL.Execution;
using PostCatalog.GraphQL.Execution.Limits;
using PostCatalog.GraphQL.Types;

namespace PostCatalog.GraphQL.Tests.Execution;

/// <summary>The executor runs its <see cref="RequestExecutor.Limits"/> before any resolver.</summary>
public class OperationLimitHookTests
{
    private sealed class RejectRootFields(int max) : IOperationLimit
    {
        public OperationLimitResult Check(OperationLimitContext context)
        {
            var count = context.Operation.Definition.SelectionSet.Selections.Count;
            var extensions = new Dictionary<string, object?> { ["rootFields"] = count };
            return count <= max
                ? new OperationLimitResult(Extensions: extensions)
                : new OperationLimitResult([new GraphQLError("Too many root fields.").WithCode("TOO_MANY")], extensions);
        }
    }

    [Fact]
    public async Task A_rejecting_limit_is_a_request_error_and_no_resolver_runs()
    {
        var calls = 0;
        var schema = SchemaBuilder.FromSdl("type Query { a: Int }").BindResolver("Query.a", _ => ++calls).Build();
        var executor = new RequestExecutor(schema) { Limits = [new RejectRootFields(max: 1)] };

        var rejected = await executor.ExecuteAsync("{ a b: a }");
        var passed = await executor.ExecuteAsync("{ a }");

        Assert.Equal("""{"errors":[{"message":"Too many root fields.","extensions":{"code":"TOO_MANY"}}],"extensions":{"rootFields":2}}""",
            rejected.ToJson());
        Assert.Equal("""{"data":{"a":1},"extensions":{"rootFields":1}}""", passed.ToJson());
        Assert.Equal(1, calls);
    }
}
