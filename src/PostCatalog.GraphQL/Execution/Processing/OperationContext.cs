using Path = PostCatalog.GraphQL.Types.Path;
using PostCatalog.GraphQL.Execution.DataLoader;
using PostCatalog.GraphQL.Execution.Planning;
using PostCatalog.GraphQL.Types;

namespace PostCatalog.GraphQL.Execution.Processing;

/// <summary>The state of one request's execution that every resolver context shares.</summary>
internal sealed class OperationContext
{
    private readonly List<GraphQLError> _errors = new();

    public OperationContext(
        ExecutionPlan plan,
        IReadOnlyDictionary<string, object?> variables,
        IServiceProvider services,
        IDictionary<string, object?> contextData,
        ExecutionOptions options,
        object? rootValue,
        CancellationToken cancellationToken)
    {
        Plan = plan;
        Variables = variables;
        Services = services;
        ContextData = contextData;
        Options = options;
        RootValue = rootValue;
        CancellationToken = cancellationToken;
    }

    public ExecutionPlan Plan { get; }
    public CompiledOperation Operation => Plan.Operation;
    public Schema Schema => Plan.Operation.Schema;
    public IReadOnlyDictionary<string, object?> Variables { get; }
    public IServiceProvider Services { get; }
    public IDictionary<string, object?> ContextData { get; }
    public ExecutionOptions Options { get; }
    public object? RootValue { get; }
    public CancellationToken CancellationToken { get; }
    public DataLoaderScope DataLoaders { get; } = new();

    /// <summary>Where the engine records deferred fragments and streamed items; null unless delivering incrementally.</summary>
    public Incremental.IncrementalCollector? Incremental { get; init; }

    /// <summary>Errors may be reported from resolvers running on any thread.</summary>
    public void AddError(GraphQLError error)
    {
        lock (_errors) _errors.Add(error);
    }

    public IReadOnlyList<GraphQLError> Errors
    {
        get { lock (_errors) return _errors.ToArray(); }
    }
}
