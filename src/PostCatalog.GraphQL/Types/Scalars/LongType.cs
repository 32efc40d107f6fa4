using System.Globalization;
using PostCatalog.GraphQL.Language;

namespace PostCatalog.GraphQL.Types;

/// <summary>HotChocolate's <c>Long</c>: a signed 64-bit integer, serialized as a JSON number.</summary>
public sealed class LongType() : ScalarType(
    "Long",
    "The `Long` scalar type represents non-fractional signed whole 64-bit numeric values. Long can represent values between -(2^63) and 2^63 - 1.")
{
    public override Type RuntimeType => typeof(long);

    public override object? Serialize(object? runtimeValue) => runtimeValue switch
    {
        null => null,
        _ when NumericValue.TryGetInteger(runtimeValue, out var l) => l,
        _ => throw Error($"Long cannot represent value: {Inspect.Value(runtimeValue)}"),
    };

    public override object? ParseValue(object? inputValue)
    {
        if (inputValue is null) return null;
        if (!NumericValue.IsNumber(inputValue) || !NumericValue.IsIntegral(inputValue))
        {
            throw Error($"Long cannot represent non-integer value: {Inspect.Value(inputValue)}");
        }

        return NumericValue.TryGetInteger(inputValue, out var value)
            ? value
            : throw Error($"Long cannot represent non 64-bit signed integer value: {Inspect.Value(inputValue)}");
    }

    public override object? ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null)
    {
        if (valueNode is NullValueNode) return null;
        if (valueNode is not IntValueNode intNode)
        {
            throw Error($"Long cannot represent non-integer value: {ErrorText.Quote(Printer.Print(valueNode))}");
        }

        return long.TryParse(intNode.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Error($"Long cannot represent non 64-bit signed integer value: {ErrorText.Quote(intNode.Value)}");
    }

    public override ValueNode ValueToLiteral(object? runtimeValue) =>
        Serialize(runtimeValue) is long l ? new IntValueNode(l.ToString(CultureInfo.InvariantCulture)) : new NullValueNode();
}
