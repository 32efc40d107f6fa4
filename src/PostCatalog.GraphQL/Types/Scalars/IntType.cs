using System.Globalization;
using PostCatalog.GraphQL.Language;

namespace PostCatalog.GraphQL.Types;

/// <summary>The spec's <c>Int</c>: a signed 32-bit integer. 1.5 and 2^31 are rejected on input and output.</summary>
public sealed class IntType() : ScalarType(
    "Int",
    "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.")
{
    public override Type RuntimeType => typeof(int);

    public override object? Serialize(object? runtimeValue)
    {
        switch (runtimeValue)
        {
            case null: return null;
            case int i: return i;
            case bool b: return b ? 1 : 0;
            case string s when s.Length > 0 && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed):
                return ToInt(parsed, runtimeValue);
            case string s:
                throw Error($"Int cannot represent non-integer value: {Inspect.Value(s)}");
            default:
                if (NumericValue.IsNumber(runtimeValue)) return ToInt(runtimeValue, runtimeValue);
                throw Error($"Int cannot represent non-integer value: {Inspect.Value(runtimeValue)}");
        }
    }

    public override object? ParseValue(object? inputValue)
    {
        if (inputValue is null) return null;
        if (!NumericValue.IsNumber(inputValue) || !NumericValue.IsIntegral(inputValue))
        {
            throw Error($"Int cannot represent non-integer value: {Inspect.Value(inputValue)}");
        }

        if (!NumericValue.TryGetInteger(inputValue, out var value) || value is > int.MaxValue or < int.MinValue)
        {
            throw Error($"Int cannot represent non 32-bit signed integer value: {Inspect.Value(inputValue)}");
        }

        return (int)value;
    }

    public override object? ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null)
    {
        if (valueNode is NullValueNode) return null;
        if (valueNode is not IntValueNode intNode)
        {
            throw Error($"Int cannot represent non-integer value: {ErrorText.Quote(Printer.Print(valueNode))}");
        }

        if (!int.TryParse(intNode.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            throw Error($"Int cannot represent non 32-bit signed integer value: {ErrorText.Quote(intNode.Value)}");
        }

        return value;
    }

    public override ValueNode ValueToLiteral(object? runtimeValue) =>
        Serialize(runtimeValue) is int i ? new IntValueNode(i.ToString(CultureInfo.InvariantCulture)) : new NullValueNode();

    private int ToInt(object number, object original)
    {
        if (!NumericValue.IsIntegral(number))
        {
            throw Error($"Int cannot represent non-integer value: {Inspect.Value(original)}");
        }

        if (!NumericValue.TryGetInteger(number, out var value) || value is > int.MaxValue or < int.MinValue)
        {
            throw Error($"Int cannot represent non 32-bit signed integer value: {Inspect.Value(original)}");
        }

        return (int)value;
    }
}
