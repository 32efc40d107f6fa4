using System.Text.RegularExpressions;
using PostCatalog.GraphQL.Language;

namespace PostCatalog.GraphQL.Types;

/// <summary>HotChocolate's <c>URL</c>: an absolute URI (RFC 3986), serialized as its absolute form; runtime value <see cref="Uri"/>.</summary>
public sealed partial class UrlType() : ScalarType("URL", null, "https://tools.ietf.org/html/rfc3986")
{
    public override Type RuntimeType => typeof(Uri);

    public override object? Serialize(object? runtimeValue) => runtimeValue switch
    {
        null => null,
        Uri { IsAbsoluteUri: true } uri => uri.AbsoluteUri,
        string s when TryParse(s, out var uri) => uri.AbsoluteUri,
        _ => throw Error($"URL cannot represent value: {Inspect.Value(runtimeValue)}"),
    };

    public override object? ParseValue(object? inputValue) => inputValue switch
    {
        null => null,
        string s when TryParse(s, out var uri) => uri,
        _ => throw Error($"URL cannot represent value: {Inspect.Value(inputValue)}. Expected an absolute URL."),
    };

    public override object? ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null) => valueNode switch
    {
        NullValueNode => null,
        StringValueNode s when TryParse(s.Value, out var uri) => uri,
        _ => throw Error($"URL cannot represent value: {ErrorText.Quote(Printer.Print(valueNode))}. Expected an absolute URL."),
    };

    public override ValueNode ValueToLiteral(object? runtimeValue) =>
        Serialize(runtimeValue) is string s ? new StringValueNode(s) : new NullValueNode();

    // The scheme check matters: on Unix, .NET reads "/path" as an absolute file URI.
    private static bool TryParse(string text, out Uri uri)
    {
        uri = null!;
        return Scheme().IsMatch(text) && Uri.TryCreate(text, UriKind.Absolute, out uri!);
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9+.-]*:")]
    private static partial Regex Scheme();
}
