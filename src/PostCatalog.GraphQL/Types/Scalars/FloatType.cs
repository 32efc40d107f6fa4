using System.Globalization;
using PostCatalog.GraphQL.Language;

namespace PostCatalog.GraphQL.Types;

/// <summary>The spec's <c>Float</c>: a finite double. Integer input is accepted and widened.</summary>
public sealed class FloatType() : ScalarType(
    "Float",
    "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).")
{
    public override Type RuntimeType => typeof(double);

    public override object? Serialize(object? runtimeValue)
    {
        switch (runtimeValue)
        {
            case null: return null;
            case bool b: return b ? 1d : 0d;
            case string s when s.Length > 0
                && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed)
                && double.IsFinite(parsed):
                return parsed;
            default:
                if (NumericValue.TryGetDouble(runtimeValue, out var d)) return d;
                throw Error($"Float cannot represent non numeric value: {Inspect.Value(runtimeValue)}");
        }
    }

    public override object? ParseValue(object? inputValue)
    {
        if (inputValue is null) return null;
        return NumericValue.TryGetDouble(inputValue, out var d)
            ? d
            : throw Error($"Float cannot represent non numeric value: {Inspect.Value(inputValue)}");
    }

    public override object? ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null) => valueNode switch
    {
        NullValueNode => null,
        IntValueNode i => double.Parse(i.Value, CultureInfo.InvariantCulture),
        FloatValueNode f => double.Parse(f.Value, CultureInfo.InvariantCulture),
        _ => throw Error($"Float cannot represent non numeric value: {ErrorText.Quote(Printer.Print(valueNode))}"),
    };

    public override ValueNode ValueToLiteral(object? runtimeValue)
    {
        if (Serialize(runtimeValue) is not double d) return new NullValueNode();
        var text = Inspect.Number(d);
        // Like graphql-js's astFromValue: a whole number prints as an Int literal.
        return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _)
            ? new IntValueNode(text)
            : new FloatValueNode(text);
    }
}
