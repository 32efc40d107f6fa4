using PostCatalog.GraphQL.Language;

namespace PostCatalog.GraphQL.Types;

/// <summary>The spec's <c>Boolean</c>. Input must be true or false; output also accepts numbers (non-zero is true).</summary>
public sealed class BooleanType() : ScalarType("Boolean", "The `Boolean` scalar type represents `true` or `false`.")
{
    public override Type RuntimeType => typeof(bool);

    public override object? Serialize(object? runtimeValue) => runtimeValue switch
    {
        null => null,
        bool b => b,
        _ when NumericValue.TryGetDouble(runtimeValue, out var d) => d != 0,
        _ => throw Error($"Boolean cannot represent a non boolean value: {Inspect.Value(runtimeValue)}"),
    };

    public override object? ParseValue(object? inputValue) => inputValue switch
    {
        null => null,
        bool b => b,
        _ => throw Error($"Boolean cannot represent a non boolean value: {Inspect.Value(inputValue)}"),
    };

    public override object? ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null) => valueNode switch
    {
        NullValueNode => null,
        BooleanValueNode b => b.Value,
        _ => throw Error($"Boolean cannot represent a non boolean value: {ErrorText.Quote(Printer.Print(valueNode))}"),
    };

    public override ValueNode ValueToLiteral(object? runtimeValue) =>
        Serialize(runtimeValue) is bool b ? new BooleanValueNode(b) : new NullValueNode();
}
