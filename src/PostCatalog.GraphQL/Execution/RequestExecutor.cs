using PostCatalog.GraphQL.Execution.Caching;
using PostCatalog.GraphQL.Execution.Limits;
using PostCatalog.GraphQL.Execution.Planning;
using PostCatalog.GraphQL.Execution.Processing;
using PostCatalog.GraphQL.Language;
using PostCatalog.GraphQL.Types;

namespace PostCatalog.GraphQL.Execution;

/// <summary>
/// Runs GraphQL requests against one schema (spec section 6): parse (cached), validate (cached), choose the
/// operation and compile it (cached), coerce variables, execute. Request errors come back with no <c>data</c>;
/// field errors with partial data. One instance serves every request; it holds no per-request state.
/// </summary>
public sealed partial class RequestExecutor
{
    private readonly LruCache<string, CachedDocument> _documents;
    private readonly LruCache<string, CompiledOperation> _operations;
    private readonly IDocumentValidator _validator;
    private readonly IOperationDocumentStore? _documentStore;

    // The data of introspection-only queries, per compiled operation (a result tree is only read after execution).
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<CompiledOperation, Results.ResultMap> _introspectionResults = new();

    public RequestExecutor(Schema schema, ExecutionOptions? options = null, IDocumentValidator? validator = null,
        IOperationDocumentStore? documentStore = null)
    {
        Schema = schema;
        Options = options ?? ExecutionOptions.Default;
        _validator = validator ?? NoOpDocumentValidator.Instance;
        _documentStore = documentStore;
        _documents = new LruCache<string, CachedDocument>(Options.DocumentCacheSize);
        _operations = new LruCache<string, CompiledOperation>(Options.OperationCacheSize);
    }

    public Schema Schema { get; }
    public ExecutionOptions Options { get; }

    /// <summary>Parser limits for request documents.</summary>
    public ParserOptions ParserOptions { get; init; } = ParserOptions.Default;

    /// <summary>The value root fields see as their parent.</summary>
    public object? RootValue { get; init; }

    /// <summary>
    /// Checks run on every operation once it is compiled and its variables coerced, before any resolver (depth, cost).
    /// A rejection is a request error; extensions they return are added to the response.
    /// </summary>
    public IReadOnlyList<IOperationLimit> Limits { get; init; } = [];

    /// <summary>Where automatic persisted queries are kept (<see cref="OperationRequest.PersistedQueryHash"/>); none: the hash is ignored.</summary>
    public PersistedOperations.IAutomaticPersistedQueryStore? AutomaticPersistedQueries { get; init; }

    /// <summary>How many documents are parsed and cached right now (for tests and diagnostics).</summary>
    public int CachedDocumentCount => _documents.Count;

    public Task<ExecutionResult> ExecuteAsync(string query, IReadOnlyDictionary<string, object?>? variables = null,
        CancellationToken cancellationToken = default)
        => ExecuteAsync(new OperationRequest { Query = query, Variables = variables }, null, cancellationToken);

    public Task<ExecutionResult> ExecuteAsync(OperationRequest request, IServiceProvider? services = null,
        CancellationToken cancellationToken = default)
    {
        // Resolvers must not capture a caller's synchronization context (a UI or test runner's): DataLoader batching
        // relies on their continuations running as soon as a batch completes.
        return SynchronizationContext.Current is null
            ? ExecuteWithTimeoutAsync(request, services, cancellationToken)
            : Task.Run(() => ExecuteWithTimeoutAsync(request, services, cancellationToken), cancellationToken);
    }

    private async Task<ExecutionResult> ExecuteWithTimeoutAsync(OperationRequest request, IServiceProvider? services,
        CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Options.ExecutionTimeout);
        try
        {
            return await ExecuteCoreAsync(request, services, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return ExecutionResult.FromError(new GraphQLError(
                $"The request exceeded the configured timeout of `{Options.ExecutionTimeout:c}`.").WithCode(ErrorCodes.Timeout));
        }
    }

    private async Task<ExecutionResult> ExecuteCoreAsync(OperationRequest request, IServiceProvider? services,
        CancellationToken cancellationToken)
    {
        var (prepared, rejected) = await PrepareAsync(request, cancellationToken).ConfigureAwait(false);
        if (prepared is null) return rejected!;
        var (operation, variables, extensions) = prepared;

        // An introspection query without variables answers the same for the life of the schema: run it once.
        var introspectionOnly = operation.Definition.VariableDefinitions.Count == 0 && IntrospectionGuard.IsIntrospectionOnly(operation);
        if (introspectionOnly && _introspectionResults.TryGetValue(operation, out var remembered))
            return ExecutionResult.FromData(remembered, [], extensions);

        var context = new OperationContext(
            operation.GetPlan(variables),
            variables,
            services ?? EmptyServiceProvider.Instance,
            request.ContextData,
            Options,
            RootValue,
            cancellationToken);
        var data = await new ExecutionEngine(context).ExecuteAsync().ConfigureAwait(false);
        if (introspectionOnly && data is not null && context.Errors.Count == 0) _introspectionResults.AddOrUpdate(operation, data);
        return ExecutionResult.FromData(data, context.Errors, extensions);
    }

    /// <summary>An operation ready to run: chosen, its variables coerced, its limits checked.</summary>
    private sealed record PreparedOperation(
        CompiledOperation Operation, IReadOnlyDictionary<string, object?> Variables, IReadOnlyDictionary<string, object?>? Extensions);

    // Find the document (an automatic persisted query's first: the only step that may wait on a store), validate it,
    // choose and compile the operation, coerce variables, check limits: the steps every way of executing shares.
    // Either an operation to run or the request error to answer with.
    private async ValueTask<(PreparedOperation? Operation, ExecutionResult? Rejected)> PrepareAsync(
        OperationRequest request, CancellationToken cancellationToken)
    {
        if (request.PersistedQueryHash is { } hash && AutomaticPersistedQueries is { } store)
        {
            var (found, error) = await FindPersistedQueryAsync(store, hash, request, cancellationToken).ConfigureAwait(false);
            if (error is not null) return (null, ExecutionResult.FromError(error));
            request = found!;
        }

        return Prepare(request);
    }

    /// <summary>
    /// Automatic persisted queries, next to trusted documents: a hash with its query stores the query (when the hash is
    /// its sha256); a hash alone is a document this executor has parsed (its cache is keyed by the same sha256), else
    /// one the store knows, else <c>PersistedQueryNotFound</c>, which Apollo clients answer by resending the query.
    /// </summary>
    private async ValueTask<(OperationRequest? Request, GraphQLError? Error)> FindPersistedQueryAsync(
        PersistedOperations.IAutomaticPersistedQueryStore store, string hash, OperationRequest request, CancellationToken cancellationToken)
    {
        if (request.Query is { } query)
        {
            // Hashed once: the same key checks the client's hash, names the stored query and the parsed document.
            var computed = DocumentHash.Compute(query);
            if (!string.Equals(computed, hash, StringComparison.OrdinalIgnoreCase))
            {
                return (null, new GraphQLError("The persisted query's sha256Hash does not match its query.").WithCode(ErrorCodes.PersistedQueryHashMismatch));
            }

            await store.SaveAsync(computed, query, cancellationToken).ConfigureAwait(false);
            return (request with { DocumentId = computed }, null);
        }

        var key = hash.ToLowerInvariant();
        if (_documents.TryGet(key, out _)) return (request with { DocumentId = key }, null);
        return await store.TryGetAsync(key, cancellationToken).ConfigureAwait(false) is { } known
            ? (request with { Query = known, DocumentId = key }, null)
            : (null, new GraphQLError("PersistedQueryNotFound").WithCode(ErrorCodes.PersistedOperationNotFound));
    }

    private (PreparedOperation? Operation, ExecutionResult? Rejected) Prepare(OperationRequest request)
    {
        var (document, error) = GetDocument(request);
        if (document is null) return (null, ExecutionResult.FromError(error!));

        // Before validation, as GET's 405 for a mutation never depended on the mutation being valid.
        if (AllowedOperationsExtensions.Refuse(document.Document, request) is { } refused) return (null, ExecutionResult.FromError(refused));

        var validation = Validate(document);
        if (!validation.IsValid)
        {
            return (null, ExecutionResult.FromErrors(validation.Errors
                .Select(e => e.Code is null ? e.WithCode(ErrorCodes.ValidationError) : e).ToArray()));
        }

        CompiledOperation operation;
        try
        {
            operation = GetOperation(document, request.OperationName);
        }
        catch (GraphQLException exception)
        {
            return (null, ExecutionResult.FromErrors(exception.Errors));
        }

        if (!Options.EnableIntrospection && IntrospectionGuard.RequestsIntrospection(operation))
            return (null, ExecutionResult.FromError(IntrospectionGuard.NotAllowed(operation)));

        var variables = InputCoercion.CoerceVariableValues(Schema, operation.Definition.VariableDefinitions, request.Variables);
        if (variables.HasErrors)
        {
            return (null, ExecutionResult.FromErrors(variables.Errors
                .Select(e => e.Code is null ? e.WithCode(ErrorCodes.InvalidVariable) : e).ToArray()));
        }

        var (limitErrors, extensions) = CheckLimits(operation, variables.Values!, request);
        if (limitErrors is not null) return (null, ExecutionResult.FromErrors(limitErrors, extensions));
        return (new PreparedOperation(operation, variables.Values!, extensions), null);
    }

    private (IReadOnlyList<GraphQLError>? Errors, IReadOnlyDictionary<string, object?>? Extensions) CheckLimits(
        CompiledOperation operation, IReadOnlyDictionary<string, object?> variables, OperationRequest request)
    {
        if (Limits.Count == 0) return (null, null);
        var context = new OperationLimitContext(Schema, operation, variables, request);
        List<GraphQLError>? errors = null;
        Dictionary<string, object?>? extensions = null;
        foreach (var limit in Limits)
        {
            var result = limit.Check(context);
            if (result.Extensions is { } added)
                foreach (var (key, value) in added) (extensions ??= new())[key] = value;
            if (result.IsRejected) (errors ??= new()).AddRange(result.Errors!);
        }
        return (errors, extensions);
    }

    private (CachedDocument? Document, GraphQLError? Error) GetDocument(OperationRequest request)
    {
        if (request.Document is { } given)
        {
            var key = request.DocumentId ?? (request.Query is { } text ? DocumentHash.Compute(text) : null);
            if (key is null) return (new CachedDocument("", given), null);
            return (_documents.GetOrAdd(key, k => new CachedDocument(k, given)), null);
        }

        var query = request.Query;
        var documentKey = request.DocumentId;
        if (query is null)
        {
            if (documentKey is null)
            {
                return (null, new GraphQLError("The GraphQL request has no document: send a query or a persisted document id.")
                    .WithCode(ErrorCodes.NoDocument));
            }
            if (_documents.TryGet(documentKey, out var known)) return (known, null);
            if (_documentStore is null || !_documentStore.TryGetDocument(documentKey, out query))
            {
                return (null, new GraphQLError($"The persisted operation `{documentKey}` was not found.")
                    .WithCode(ErrorCodes.PersistedOperationNotFound));
            }
        }

        documentKey ??= DocumentHash.Compute(query);
        if (_documents.TryGet(documentKey, out var cached)) return (cached, null);
        try
        {
            var parsed = new CachedDocument(documentKey, Parser.Parse(query, ParserOptions));
            _documents.Set(documentKey, parsed);
            return (parsed, null);
        }
        catch (SyntaxException exception)
        {
            return (null, new GraphQLError(exception.Message, [new ErrorLocation(exception.Line, exception.Column)],
                exception: exception).WithCode(ErrorCodes.SyntaxError));
        }
    }

    private ValidationResult Validate(CachedDocument document)
    {
        if (document.Validation is { } known) return known;
        var result = _validator.Validate(Schema, document.Document);
        document.Validation = result;
        return result;
    }

    private CompiledOperation GetOperation(CachedDocument document, string? operationName)
    {
        if (document.Key.Length == 0) return OperationCompiler.Compile(Schema, document.Document, operationName);
        var key = document.Key + "#" + operationName;
        if (_operations.TryGet(key, out var compiled)) return compiled;
        compiled = OperationCompiler.Compile(Schema, document.Document, operationName);
        _operations.Set(key, compiled);
        return compiled;
    }

    private sealed class EmptyServiceProvider : IServiceProvider
    {
        public static EmptyServiceProvider Instance { get; } = new();
        public object? GetService(Type serviceType) => null;
    }
}
