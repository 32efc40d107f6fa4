using PostCatalog.GraphQL.Language;

namespace PostCatalog.GraphQL.Types;

/// <summary>
/// A scalar declared in SDL with no CLR implementation bound to it. Like graphql-js's default scalar, it passes
/// values through unchanged and reads literals as plain values (objects become dictionaries).
/// </summary>
public sealed class CustomScalarType(string name, string? description = null, string? specifiedByUrl = null)
    : ScalarType(name, description, specifiedByUrl)
{
    public override Type RuntimeType => typeof(object);

    public override object? Serialize(object? runtimeValue) => runtimeValue;

    public override object? ParseValue(object? inputValue) => inputValue;

    public override object? ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null) =>
        UntypedValue.FromAst(valueNode, variables);

    public override ValueNode ValueToLiteral(object? runtimeValue) => UntypedValue.ToAst(runtimeValue);
}
