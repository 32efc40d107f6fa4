using PostCatalog.GraphQL.Execution;
using PostCatalog.GraphQL.Execution.Caching;
using PostCatalog.GraphQL.Execution.PersistedOperations;
using PostCatalog.GraphQL.Types;

namespace PostCatalog.GraphQL.Tests.Execution.Caching;

/// <summary>
/// Automatic persisted queries in the executor's "find the document" step, as Apollo's protocol has them: a hash with
/// its query registers it, a hash alone runs it, an unknown hash is <c>PersistedQueryNotFound</c>.
/// </summary>
public class AutomaticPersistedQueryTests
{
    private const string Query = "{ hello }";

    private static readonly Schema Schema = new SchemaBuilder().AddQueryType(q => q.Field("hello", "String", _ => "world")).Build();

    /// <summary>A store that counts how often it is asked, so a test can see when the executor's own cache answered.</summary>
    private sealed class CountingStore : IAutomaticPersistedQueryStore
    {
        private readonly AutomaticPersistedQueryStore _inner = new(10);
        public int Lookups { get; private set; }

        public ValueTask<string?> TryGetAsync(string hash, CancellationToken cancellationToken)
        {
            Lookups++;
            return _inner.TryGetAsync(hash, cancellationToken);
        }

        public ValueTask SaveAsync(string hash, string document, CancellationToken cancellationToken) =>
            _inner.SaveAsync(hash, document, cancellationToken);
    }

    private static Task<ExecutionResult> RunAsync(RequestExecutor executor, string hash, string? query = null) =>
        executor.ExecuteAsync(new OperationRequest { Query = query, PersistedQueryHash = hash });

    [Fact]
    public async Task A_hash_with_its_query_registers_it_and_the_hash_alone_then_runs_it()
    {
        var store = new CountingStore();
        var hash = DocumentHash.Compute(Query);

        var first = await RunAsync(new RequestExecutor(Schema) { AutomaticPersistedQueries = store }, hash, Query);
        // Another executor (another replica) sharing the store has never parsed it: it asks the store.
        var replica = new RequestExecutor(Schema) { AutomaticPersistedQueries = store };
        var second = await RunAsync(replica, hash);

        Assert.Equal("""{"data":{"hello":"world"}}""", first.ToJson());
        Assert.Equal("""{"data":{"hello":"world"}}""", second.ToJson());
        Assert.Equal(1, store.Lookups);
    }

    [Fact]
    public async Task A_hash_this_executor_has_parsed_is_answered_from_its_document_cache()
    {
        var store = new CountingStore();
        var executor = new RequestExecutor(Schema) { AutomaticPersistedQueries = store };
        var hash = DocumentHash.Compute(Query);
        await RunAsync(executor, hash, Query);

        var result = await RunAsync(executor, hash.ToUpperInvariant());

        Assert.Equal("""{"data":{"hello":"world"}}""", result.ToJson());
        Assert.Equal(0, store.Lookups);
    }

    [Fact]
    public async Task An_unknown_hash_is_PersistedQueryNotFound_as_Apollo_clients_expect()
    {
        var result = await RunAsync(new RequestExecutor(Schema) { AutomaticPersistedQueries = new CountingStore() }, new string('a', 64));

        Assert.Equal("PersistedQueryNotFound", Assert.Single(result.Errors).Message);
        Assert.Equal(ErrorCodes.PersistedOperationNotFound, result.Errors[0].Code);
    }

    [Fact]
    public async Task A_hash_that_is_not_its_query_sha256_is_refused_and_nothing_is_stored()
    {
        var store = new CountingStore();
        var executor = new RequestExecutor(Schema) { AutomaticPersistedQueries = store };
        var wrong = new string('b', 64);

        var result = await RunAsync(executor, wrong, Query);
        var after = await RunAsync(executor, wrong);

        Assert.Equal(ErrorCodes.PersistedQueryHashMismatch, Assert.Single(result.Errors).Code);
        Assert.Equal("PersistedQueryNotFound", Assert.Single(after.Errors).Message);
    }
}
