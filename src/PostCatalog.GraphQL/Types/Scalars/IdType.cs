using System.Globalization;
using System.Text.RegularExpressions;
using PostCatalog.GraphQL.Language;

namespace PostCatalog.GraphQL.Types;

/// <summary>The spec's <c>ID</c>: accepts a string or an integer on input, always serializes as a string.</summary>
public sealed partial class IdType() : ScalarType(
    "ID",
    "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.")
{
    public override Type RuntimeType => typeof(string);

    public override object? Serialize(object? runtimeValue) => runtimeValue switch
    {
        null => null,
        string s => s,
        Guid g => g.ToString(),
        _ when NumericValue.TryGetInteger(runtimeValue, out var i) => i.ToString(CultureInfo.InvariantCulture),
        _ => throw Error($"ID cannot represent value: {Inspect.Value(runtimeValue)}"),
    };

    public override object? ParseValue(object? inputValue) => inputValue switch
    {
        null => null,
        string s => s,
        _ when NumericValue.TryGetInteger(inputValue, out var i) => i.ToString(CultureInfo.InvariantCulture),
        _ => throw Error($"ID cannot represent value: {Inspect.Value(inputValue)}"),
    };

    public override object? ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null) => valueNode switch
    {
        NullValueNode => null,
        StringValueNode s => s.Value,
        IntValueNode i => i.Value,
        _ => throw Error($"ID cannot represent a non-string and non-integer value: {ErrorText.Quote(Printer.Print(valueNode))}"),
    };

    public override ValueNode ValueToLiteral(object? runtimeValue)
    {
        if (Serialize(runtimeValue) is not string s) return new NullValueNode();
        // Like graphql-js's astFromValue: an integer-looking ID prints as an Int literal.
        return IntegerPattern().IsMatch(s) ? new IntValueNode(s) : new StringValueNode(s);
    }

    [GeneratedRegex("^-?(?:0|[1-9][0-9]*)$")]
    private static partial Regex IntegerPattern();
}
