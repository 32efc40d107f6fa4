using PostCatalog.GraphQL.Language;
using PostCatalog.GraphQL.Types;
using Path = PostCatalog.GraphQL.Types.Path;

namespace PostCatalog.GraphQL.Tests.Types;

/// <summary>
/// Just enough of a resolver context to run a field's pipeline without the executor: a parent value and
/// arguments. Members the type system never touches throw.
/// </summary>
internal sealed class FakeResolverContext(Schema schema, ObjectField field, object? parent) : IMiddlewareContext
{
    public Schema Schema { get; } = schema;
    public ObjectType ObjectType => Field.DeclaringType;
    public ObjectField Field { get; } = field;
    public object? ParentValue { get; } = parent;
    public T Parent<T>() => (T)ParentValue!;
    public Dictionary<string, ArgumentValue> ArgumentValues { get; } = [];
    public IReadOnlyDictionary<string, ArgumentValue> Arguments => ArgumentValues;
    public T ArgumentValue<T>(string name) => ArgumentValues.TryGetValue(name, out var value) ? (T)value.Value! : default!;
    public bool HasArgument(string name) => ArgumentValues.ContainsKey(name);
    public ArgumentValueKind? ArgumentKind(string name) => ArgumentValues.TryGetValue(name, out var value) ? value.Kind : null;
    public IReadOnlyDictionary<string, object?> Variables { get; } = new Dictionary<string, object?>();
    public IDictionary<string, object?> ContextData { get; } = new Dictionary<string, object?>();
    public CancellationToken RequestAborted => CancellationToken.None;
    public Path Path { get; } = Path.Root.Append(field.Name);
    public object? Result { get; set; }
    public List<GraphQLError> Errors { get; } = [];
    public void ReportError(GraphQLError error) => Errors.Add(error);
    public void ReportError(string message) => Errors.Add(new GraphQLError(message));

    public ISelection Selection => throw new NotSupportedException();
    public OperationDefinitionNode Operation => throw new NotSupportedException();
    public IServiceProvider Services => throw new NotSupportedException();

    /// <summary>Runs the field's whole pipeline (middleware and resolver) and returns its result.</summary>
    public static async Task<object?> RunAsync(Schema schema, string coordinate, object? parent = null,
        Action<FakeResolverContext>? arrange = null)
    {
        var (typeName, fieldName) = (coordinate.Split('.')[0], coordinate.Split('.')[1]);
        var field = schema.GetType<ObjectType>(typeName)!.Fields[fieldName];
        var context = new FakeResolverContext(schema, field, parent);
        arrange?.Invoke(context);
        await field.Pipeline(context);
        return context.Result;
    }
}
