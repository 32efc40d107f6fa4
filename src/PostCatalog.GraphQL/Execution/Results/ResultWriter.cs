using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PostCatalog.GraphQL.Types;

namespace PostCatalog.GraphQL.Execution.Results;

/// <summary>
/// Writes an <see cref="ExecutionResult"/> as the spec's response map, straight to a <see cref="Utf8JsonWriter"/>:
/// <c>errors</c> first (as HotChocolate does), then <c>data</c> when present, then <c>extensions</c>.
/// </summary>
public static class ResultWriter
{
    /// <summary>Writer options for responses: non-ASCII text and quotes are written as themselves, not escaped.</summary>
    public static JsonWriterOptions WriterOptions { get; } = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    public static void Write(Utf8JsonWriter writer, ExecutionResult result)
    {
        writer.WriteStartObject();
        if (result.Errors.Count > 0)
        {
            writer.WritePropertyName("errors");
            writer.WriteStartArray();
            foreach (var error in result.Errors) WriteError(writer, error);
            writer.WriteEndArray();
        }
        if (result.IsDataPresent)
        {
            writer.WritePropertyName("data");
            ResultValueWriter.Write(writer, result.Data);
        }
        if (result.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName("extensions");
            ResultValueWriter.Write(writer, extensions);
        }
        writer.WriteEndObject();
    }

    /// <summary>One error: <c>message</c>, <c>locations</c>, <c>path</c>, <c>extensions</c>, in the spec's order.</summary>
    public static void WriteError(Utf8JsonWriter writer, GraphQLError error)
    {
        writer.WriteStartObject();
        writer.WriteString("message", error.Message);
        if (error.Locations is { Count: > 0 } locations)
        {
            writer.WritePropertyName("locations");
            writer.WriteStartArray();
            foreach (var location in locations)
            {
                writer.WriteStartObject();
                writer.WriteNumber("line", location.Line);
                writer.WriteNumber("column", location.Column);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        if (error.Path is { } path)
        {
            writer.WritePropertyName("path");
            writer.WriteStartArray();
            foreach (var segment in path)
            {
                if (segment is int index) writer.WriteNumberValue(index);
                else writer.WriteStringValue(segment.ToString());
            }
            writer.WriteEndArray();
        }
        if (error.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName("extensions");
            ResultValueWriter.Write(writer, extensions);
        }
        writer.WriteEndObject();
    }

    /// <summary>Writes the response as UTF-8 JSON to <paramref name="output"/> (e.g. a pipe or a pooled buffer).</summary>
    public static void Write(IBufferWriter<byte> output, ExecutionResult result, bool indented = false)
    {
        using var writer = new Utf8JsonWriter(output, indented ? WriterOptions with { Indented = true } : WriterOptions);
        Write(writer, result);
    }

    public static string ToJson(ExecutionResult result, bool indented = false)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        Write(buffer, result, indented);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
