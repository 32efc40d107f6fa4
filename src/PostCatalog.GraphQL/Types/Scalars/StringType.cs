using PostCatalog.GraphQL.Language;

namespace PostCatalog.GraphQL.Types;

/// <summary>The spec's <c>String</c>: UTF-8 text. Output also accepts booleans and numbers (graphql-js serializes them as text).</summary>
public sealed class StringType() : ScalarType(
    "String",
    "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.")
{
    public override Type RuntimeType => typeof(string);

    public override object? Serialize(object? runtimeValue) => runtimeValue switch
    {
        null => null,
        string s => s,
        char c => c.ToString(),
        bool b => b ? "true" : "false",
        _ when NumericValue.TryGetDouble(runtimeValue, out _) => Inspect.Number(runtimeValue),
        _ => throw Error($"String cannot represent value: {Inspect.Value(runtimeValue)}"),
    };

    public override object? ParseValue(object? inputValue) => inputValue switch
    {
        null => null,
        string s => s,
        _ => throw Error($"String cannot represent a non string value: {Inspect.Value(inputValue)}"),
    };

    public override object? ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null) => valueNode switch
    {
        NullValueNode => null,
        StringValueNode s => s.Value,
        _ => throw Error($"String cannot represent a non string value: {ErrorText.Quote(Printer.Print(valueNode))}"),
    };

    public override ValueNode ValueToLiteral(object? runtimeValue) =>
        Serialize(runtimeValue) is string s ? new StringValueNode(s) : new NullValueNode();
}
