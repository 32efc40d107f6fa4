using System.Globalization;
using System.Text.RegularExpressions;
using PostCatalog.GraphQL.Language;

namespace PostCatalog.GraphQL.Types;

/// <summary>
/// HotChocolate's <c>DateTime</c>: an ISO-8601 date and time with a UTC offset; runtime value <see cref="DateTimeOffset"/>.
/// Serialized with milliseconds, <c>Z</c> for UTC: <c>2024-05-01T10:00:00.000Z</c>, <c>2024-05-01T12:00:00.000+02:00</c>.
/// </summary>
public sealed partial class DateTimeType() : ScalarType(
    "DateTime",
    "The `DateTime` scalar represents an ISO-8601 compliant date time type.",
    "https://www.graphql-scalars.com/date-time")
{
    private const string UtcFormat = "yyyy-MM-ddTHH\\:mm\\:ss.fffZ";
    private const string OffsetFormat = "yyyy-MM-ddTHH\\:mm\\:ss.fffzzz";

    public override Type RuntimeType => typeof(DateTimeOffset);

    public override object? Serialize(object? runtimeValue) => runtimeValue switch
    {
        null => null,
        DateTimeOffset dto => Format(dto),
        DateTime dt => Format(dt.Kind == DateTimeKind.Utc ? new DateTimeOffset(dt, TimeSpan.Zero) : new DateTimeOffset(dt)),
        string s when TryParse(s, out var dto) => Format(dto),
        _ => throw Error($"DateTime cannot represent value: {Inspect.Value(runtimeValue)}"),
    };

    public override object? ParseValue(object? inputValue) => inputValue switch
    {
        null => null,
        string s when TryParse(s, out var dto) => dto,
        _ => throw Error($"DateTime cannot represent value: {Inspect.Value(inputValue)}. Expected an ISO-8601 date and time with offset."),
    };

    public override object? ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null) => valueNode switch
    {
        NullValueNode => null,
        StringValueNode s when TryParse(s.Value, out var dto) => dto,
        _ => throw Error($"DateTime cannot represent value: {ErrorText.Quote(Printer.Print(valueNode))}. Expected an ISO-8601 date and time with offset."),
    };

    public override ValueNode ValueToLiteral(object? runtimeValue) =>
        Serialize(runtimeValue) is string s ? new StringValueNode(s) : new NullValueNode();

    private static string Format(DateTimeOffset value) =>
        value.ToString(value.Offset == TimeSpan.Zero ? UtcFormat : OffsetFormat, CultureInfo.InvariantCulture);

    // An offset is required: a bare local time would mean different instants on different servers.
    private static bool TryParse(string text, out DateTimeOffset value)
    {
        value = default;
        return Rfc3339().IsMatch(text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d{1,7})?([Zz]|[+-]\d{2}:\d{2})$")]
    private static partial Regex Rfc3339();
}
