using PostCatalog.GraphQL.Language;

namespace PostCatalog.GraphQL.Types;

/// <summary>What a resolver knows about the field it resolves. Implemented by Execution.</summary>
public interface IResolverContext
{
    Schema Schema { get; }

    /// <summary>The object type whose field is being resolved.</summary>
    ObjectType ObjectType { get; }

    ObjectField Field { get; }

    ISelection Selection { get; }

    OperationDefinitionNode Operation { get; }

    /// <summary>Where this field's value goes in the response.</summary>
    Path Path { get; }

    /// <summary>
    /// The value the parent field resolved to (the root value for root fields). Named so because C# cannot have a
    /// property and the HotChocolate-style method <see cref="Parent{T}"/> share a name.
    /// </summary>
    object? ParentValue { get; }

    /// <summary>The parent value as <typeparamref name="T"/>; throws if it is not one.</summary>
    T Parent<T>();

    /// <summary>Coerced argument values by name; arguments neither given nor defaulted are absent.</summary>
    IReadOnlyDictionary<string, ArgumentValue> Arguments { get; }

    /// <summary>The coerced argument value converted to <typeparamref name="T"/>; default(T) when absent.</summary>
    T ArgumentValue<T>(string name);

    /// <summary>True when the argument has a value (given, from a variable, or defaulted).</summary>
    bool HasArgument(string name);

    /// <summary>Literal, variable or default; null when the argument has no value.</summary>
    ArgumentValueKind? ArgumentKind(string name);

    /// <summary>The operation's coerced variable values.</summary>
    IReadOnlyDictionary<string, object?> Variables { get; }

    IServiceProvider Services { get; }

    CancellationToken RequestAborted { get; }

    /// <summary>State shared by every resolver of one request.</summary>
    IDictionary<string, object?> ContextData { get; }

    /// <summary>Adds an error to the response without failing the field; execution fills in path and locations when missing.</summary>
    void ReportError(GraphQLError error);

    void ReportError(string message);
}
