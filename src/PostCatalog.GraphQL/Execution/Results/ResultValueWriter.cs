using System.Collections;
using System.Globalization;
using System.Text.Json;

namespace PostCatalog.GraphQL.Execution.Results;

/// <summary>
/// Writes response values to JSON: result maps and lists, and the CLR values scalars serialize to.
/// No reflection: anything that is not a known primitive, dictionary or list is written as its string form.
/// </summary>
public static class ResultValueWriter
{
    public static void Write(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case ResultMap map: WriteMap(writer, map); break;
            case ResultList list: WriteList(writer, list); break;
            case string s: writer.WriteStringValue(s); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case int i: writer.WriteNumberValue(i); break;
            case long l: writer.WriteNumberValue(l); break;
            case double d: WriteDouble(writer, d); break;
            case float f: WriteDouble(writer, f); break;
            case decimal m: writer.WriteNumberValue(m); break;
            case short sh: writer.WriteNumberValue(sh); break;
            case byte by: writer.WriteNumberValue(by); break;
            case uint ui: writer.WriteNumberValue(ui); break;
            case ulong ul: writer.WriteNumberValue(ul); break;
            case JsonElement element: element.WriteTo(writer); break;
            case IReadOnlyDictionary<string, object?> dictionary:
                writer.WriteStartObject();
                foreach (var (key, item) in dictionary)
                {
                    writer.WritePropertyName(key);
                    Write(writer, item);
                }
                writer.WriteEndObject();
                break;
            case IDictionary<string, object?> dictionary:
                writer.WriteStartObject();
                foreach (var (key, item) in dictionary)
                {
                    writer.WritePropertyName(key);
                    Write(writer, item);
                }
                writer.WriteEndObject();
                break;
            case IEnumerable enumerable:
                writer.WriteStartArray();
                foreach (var item in enumerable) Write(writer, item);
                writer.WriteEndArray();
                break;
            case IFormattable formattable: writer.WriteStringValue(formattable.ToString(null, CultureInfo.InvariantCulture)); break;
            default: writer.WriteStringValue(value.ToString()); break;
        }
    }

    private static void WriteMap(Utf8JsonWriter writer, ResultMap map)
    {
        writer.WriteStartObject();
        for (var i = 0; i < map.Count; i++)
        {
            writer.WritePropertyName(map.NameAt(i));
            Write(writer, map.ValueAt(i));
        }
        writer.WriteEndObject();
    }

    private static void WriteList(Utf8JsonWriter writer, ResultList list)
    {
        writer.WriteStartArray();
        for (var i = 0; i < list.Count; i++) Write(writer, list[i]);
        writer.WriteEndArray();
    }

    // JSON has no NaN or infinity; a Float scalar never produces them, so this only guards against bad custom scalars.
    private static void WriteDouble(Utf8JsonWriter writer, double value)
    {
        if (double.IsFinite(value)) writer.WriteNumberValue(value);
        else writer.WriteNullValue();
    }
}
