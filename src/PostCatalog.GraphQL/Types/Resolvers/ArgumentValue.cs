using PostCatalog.GraphQL.Language;

namespace PostCatalog.GraphQL.Types;

/// <summary>How an argument got its value.</summary>
public enum ArgumentValueKind
{
    /// <summary>Written inline in the document.</summary>
    Literal,

    /// <summary>From a variable the client provided.</summary>
    Variable,

    /// <summary>The argument's default, because it was omitted or its variable was not provided.</summary>
    Default,
}

/// <summary>A coerced argument value with where it came from; <see cref="Syntax"/> is the literal or variable node, null for defaults.</summary>
public sealed record ArgumentValue(Argument Argument, object? Value, ArgumentValueKind Kind, ValueNode? Syntax);
