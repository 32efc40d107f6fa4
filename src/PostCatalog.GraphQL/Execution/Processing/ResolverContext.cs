using Path = PostCatalog.GraphQL.Types.Path;
using System.Globalization;
using PostCatalog.GraphQL.Execution.DataLoader;
using PostCatalog.GraphQL.Execution.Planning;
using PostCatalog.GraphQL.Execution.Results;
using PostCatalog.GraphQL.Language;
using PostCatalog.GraphQL.Types;

namespace PostCatalog.GraphQL.Execution.Processing;

/// <summary>
/// One field to resolve: what the resolver and middleware see (<see cref="IMiddlewareContext"/>), plus the slot
/// in the result tree its completed value goes to.
/// </summary>
internal sealed class ResolverContext : IMiddlewareContext
{
    private static readonly IReadOnlyDictionary<string, ArgumentValue> NoArguments = new Dictionary<string, ArgumentValue>();

    public ResolverContext(OperationContext operation, Selection selection, ObjectType objectType, object? parent,
        ResultNode parentNode, int slot, Path path)
    {
        OperationContext = operation;
        Selection = selection;
        ObjectType = objectType;
        ParentValue = parent;
        ParentNode = parentNode;
        Slot = slot;
        Path = path;
    }

    public OperationContext OperationContext { get; }

    /// <summary>The engine that finishes this field when its pipeline completes asynchronously.</summary>
    public ExecutionEngine Engine { get; init; } = null!;

    /// <summary>The <c>@defer</c> fragments in scope at the parent object (incremental delivery only).</summary>
    public Incremental.DeferScope? Defers { get; init; }
    public Selection Selection { get; }
    public ResultNode ParentNode { get; }
    public int Slot { get; }

    /// <summary>The exception the pipeline ended with, when it ran asynchronously.</summary>
    public Exception? Error { get; set; }

    public DataLoaderScope DataLoaders => OperationContext.DataLoaders;

    public Schema Schema => OperationContext.Schema;
    public ObjectType ObjectType { get; }
    public ObjectField Field => Selection.Field;
    ISelection IResolverContext.Selection => Selection;
    public OperationDefinitionNode Operation => OperationContext.Operation.Definition;
    public Path Path { get; }
    public object? ParentValue { get; }
    public object? Result { get; set; }
    public IReadOnlyDictionary<string, ArgumentValue> Arguments { get; set; } = NoArguments;
    public IReadOnlyDictionary<string, object?> Variables => OperationContext.Variables;
    public IServiceProvider Services => OperationContext.Services;
    public CancellationToken RequestAborted => OperationContext.CancellationToken;
    public IDictionary<string, object?> ContextData => OperationContext.ContextData;

    public T Parent<T>() => ParentValue switch
    {
        T typed => typed,
        null when default(T) is null => default!,
        _ => throw new InvalidCastException(
            $"The parent of {Field.Coordinate} is {ParentValue?.GetType().Name ?? "null"}, not {typeof(T).Name}."),
    };

    public T ArgumentValue<T>(string name)
    {
        if (!Arguments.TryGetValue(name, out var argument) || argument.Value is null) return default!;
        return argument.Value switch
        {
            T typed => typed,
            IConvertible convertible when typeof(T).IsPrimitive || typeof(T) == typeof(decimal) =>
                (T)convertible.ToType(typeof(T), CultureInfo.InvariantCulture),
            _ => throw new GraphQLException(GraphQLError.At(
                $"The argument \"{name}\" of {Field.Coordinate} is {argument.Value.GetType().Name}, not {typeof(T).Name}.",
                Selection.SyntaxNode)),
        };
    }

    public bool HasArgument(string name) => Arguments.ContainsKey(name);

    public ArgumentValueKind? ArgumentKind(string name) =>
        Arguments.TryGetValue(name, out var argument) ? argument.Kind : null;

    public void ReportError(GraphQLError error) => OperationContext.AddError(ErrorFactory.Locate(error, this));

    public void ReportError(string message) => ReportError(new GraphQLError(message));
}
