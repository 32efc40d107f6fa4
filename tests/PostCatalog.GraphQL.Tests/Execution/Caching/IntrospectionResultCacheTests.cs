using PostCatalog.GraphQL.Execution;
using PostCatalog.GraphQL.Types;

namespace PostCatalog.GraphQL.Tests.Execution.Caching;

/// <summary>
/// An introspection query (every root field is <c>__schema</c>, <c>__type</c> or <c>__typename</c>) without variables
/// answers the same for the life of the schema, so it is executed once; IDEs send one on every start and reload.
/// </summary>
public class IntrospectionResultCacheTests
{
    private static int _reads;

    private static readonly Schema Schema = SchemaBuilder.FromSdl("type Query { a: Int }")
        .BindResolver("Query.a", _ => Interlocked.Increment(ref _reads))
        .Build();

    private const string Introspection = "query IDE { __schema { queryType { name } types { name } } __typename }";

    [Fact]
    public async Task An_introspection_query_is_executed_once_and_answered_the_same_afterwards()
    {
        var executor = new RequestExecutor(Schema);

        var first = await executor.ExecuteAsync(Introspection);
        var second = await executor.ExecuteAsync(Introspection);

        Assert.Equal(first.ToJson(), second.ToJson());
        Assert.Same(first.Data, second.Data);
    }

    [Fact]
    public async Task A_query_that_also_reads_data_is_executed_every_time()
    {
        var executor = new RequestExecutor(Schema);

        var first = await executor.ExecuteAsync("{ __typename a }");
        var second = await executor.ExecuteAsync("{ __typename a }");

        Assert.NotSame(first.Data, second.Data);
        Assert.NotEqual(first.ToJson(), second.ToJson());
    }

    [Fact]
    public async Task An_introspection_query_with_variables_is_executed_every_time()
    {
        var executor = new RequestExecutor(Schema);
        const string query = "query($name: String!) { __type(name: $name) { name } }";

        var query1 = await executor.ExecuteAsync(new OperationRequest { Query = query, Variables = new Dictionary<string, object?> { ["name"] = "Query" } });
        var query2 = await executor.ExecuteAsync(new OperationRequest { Query = query, Variables = new Dictionary<string, object?> { ["name"] = "Int" } });

        Assert.Contains("\"Query\"", query1.ToJson());
        Assert.Contains("\"Int\"", query2.ToJson());
    }
}
