using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace PostCatalog.GraphQL.Tests.Conformance.Oracle;

/// <summary>
/// Writes the oracle's input. Every non-ASCII character is escaped as <c>\uXXXX</c>, so sources holding
/// lone surrogates (invalid UTF-16, which System.Text.Json refuses to write) still reach graphql-js intact.
/// </summary>
internal static class OracleJson
{
    public static string Write(IEnumerable<JsonObject> objects)
    {
        var builder = new StringBuilder();
        builder.Append('[');
        bool first = true;
        foreach (JsonObject item in objects)
        {
            if (!first) builder.Append(',');
            first = false;
            WriteNode(builder, item);
        }
        return builder.Append(']').ToString();
    }

    private static void WriteNode(StringBuilder builder, JsonNode? node)
    {
        switch (node)
        {
            case null:
                builder.Append("null");
                break;
            case JsonObject obj:
                builder.Append('{');
                bool first = true;
                foreach (var (key, value) in obj)
                {
                    if (!first) builder.Append(',');
                    first = false;
                    WriteString(builder, key);
                    builder.Append(':');
                    WriteNode(builder, value);
                }
                builder.Append('}');
                break;
            case JsonArray array:
                builder.Append('[');
                for (int i = 0; i < array.Count; i++)
                {
                    if (i > 0) builder.Append(',');
                    WriteNode(builder, array[i]);
                }
                builder.Append(']');
                break;
            case JsonValue value when value.TryGetValue(out string? text):
                WriteString(builder, text);
                break;
            default:
                builder.Append(node.ToJsonString());
                break;
        }
    }

    private static void WriteString(StringBuilder builder, string text)
    {
        builder.Append('"');
        foreach (char c in text)
        {
            if (c is '"' or '\\') builder.Append('\\').Append(c);
            else if (c is < ' ' or > '~') builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            else builder.Append(c);
        }
        builder.Append('"');
    }
}
