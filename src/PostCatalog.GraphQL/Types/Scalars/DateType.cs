using System.Globalization;
using PostCatalog.GraphQL.Language;

namespace PostCatalog.GraphQL.Types;

/// <summary>HotChocolate's <c>Date</c>: an ISO-8601 calendar date <c>yyyy-MM-dd</c>; runtime value <see cref="DateOnly"/>.</summary>
public sealed class DateType() : ScalarType("Date", "The `Date` scalar represents an ISO-8601 compliant date type.")
{
    private const string Format = "yyyy-MM-dd";

    public override Type RuntimeType => typeof(DateOnly);

    public override object? Serialize(object? runtimeValue) => runtimeValue switch
    {
        null => null,
        DateOnly d => d.ToString(Format, CultureInfo.InvariantCulture),
        DateTime dt => DateOnly.FromDateTime(dt).ToString(Format, CultureInfo.InvariantCulture),
        DateTimeOffset dto => DateOnly.FromDateTime(dto.DateTime).ToString(Format, CultureInfo.InvariantCulture),
        string s when TryParse(s, out var d) => d.ToString(Format, CultureInfo.InvariantCulture),
        _ => throw Error($"Date cannot represent value: {Inspect.Value(runtimeValue)}"),
    };

    public override object? ParseValue(object? inputValue) => inputValue switch
    {
        null => null,
        string s when TryParse(s, out var d) => d,
        _ => throw Error($"Date cannot represent value: {Inspect.Value(inputValue)}. Expected an ISO-8601 date (yyyy-MM-dd)."),
    };

    public override object? ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null) => valueNode switch
    {
        NullValueNode => null,
        StringValueNode s when TryParse(s.Value, out var d) => d,
        _ => throw Error($"Date cannot represent value: {ErrorText.Quote(Printer.Print(valueNode))}. Expected an ISO-8601 date (yyyy-MM-dd)."),
    };

    public override ValueNode ValueToLiteral(object? runtimeValue) =>
        Serialize(runtimeValue) is string s ? new StringValueNode(s) : new NullValueNode();

    private static bool TryParse(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
