using PostCatalog.GraphQL.Execution;
using PostCatalog.GraphQL.Execution.Planning;
using PostCatalog.GraphQL.Language;
using PostCatalog.GraphQL.Types;

namespace PostCatalog.GraphQL.Tests.Execution.Caching;

/// <summary>Documents are parsed once and operations compiled once; plans are shared per @skip/@include combination.</summary>
public class OperationCacheTests
{
    private static readonly Schema Schema = SchemaBuilder.FromSdl("type Query { a: Int b: Int }")
        .BindResolver("Query.a", _ => 1)
        .BindResolver("Query.b", _ => 2)
        .Build();

    [Fact]
    public async Task A_repeated_query_is_parsed_once()
    {
        var executor = new RequestExecutor(Schema);

        await executor.ExecuteAsync("{ a }");
        await executor.ExecuteAsync("{ a }");
        await executor.ExecuteAsync("{ b }");

        Assert.Equal(2, executor.CachedDocumentCount);
    }

    [Fact]
    public async Task The_document_cache_is_bounded()
    {
        var executor = new RequestExecutor(Schema, new ExecutionOptions { DocumentCacheSize = 2 });

        foreach (var query in new[] { "{ a }", "{ b }", "{ a b }", "{ b a }" })
            await executor.ExecuteAsync(query);

        Assert.Equal(2, executor.CachedDocumentCount);
    }

    [Fact]
    public async Task A_persisted_document_runs_by_its_id_and_an_unknown_id_is_HC0020()
    {
        var executor = new RequestExecutor(Schema, documentStore: new Store(("q1", "{ b }")));

        var known = await executor.ExecuteAsync(new OperationRequest { DocumentId = "q1" });
        var unknown = await executor.ExecuteAsync(new OperationRequest { DocumentId = "q2" });

        Assert.Equal("""{"data":{"b":2}}""", known.ToJson());
        Assert.False(unknown.IsDataPresent);
        Assert.Equal("HC0020", unknown.Errors.Single().Code);
    }

    [Fact]
    public void Plans_are_shared_by_requests_with_the_same_condition_values()
    {
        var document = Parser.Parse("query ($x: Boolean!, $n: Int) { a @include(if: $x) b }");
        var operation = OperationCompiler.Compile(Schema, document, null);

        var first = operation.GetPlan(new Dictionary<string, object?> { ["x"] = true, ["n"] = 1 });
        var second = operation.GetPlan(new Dictionary<string, object?> { ["x"] = true, ["n"] = 2 });
        var other = operation.GetPlan(new Dictionary<string, object?> { ["x"] = false });

        Assert.Same(first, second);
        Assert.NotSame(first, other);
        Assert.Equal(new[] { "x" }, operation.ConditionVariables);
        Assert.Equal(new[] { "a", "b" }, first.RootSelectionSet.Selections.Select(s => s.ResponseName));
        Assert.Equal(new[] { "b" }, other.RootSelectionSet.Selections.Select(s => s.ResponseName));
    }

    private sealed class Store(params (string Id, string Query)[] documents) : IOperationDocumentStore
    {
        public bool TryGetDocument(string documentId, out string query)
        {
            query = documents.FirstOrDefault(d => d.Id == documentId).Query!;
            return query is not null;
        }
    }
}
