using System.Buffers;
using System.Text;
using System.Text.Json;
using PostCatalog.GraphQL.Execution.Results;
using PostCatalog.GraphQL.Types;

namespace PostCatalog.GraphQL.Execution.Incremental;

/// <summary>
/// One payload of an incrementally delivered response, in graphql-js 17's <c>experimentalExecuteIncrementally</c>
/// shape. The first carries the <see cref="Initial"/> result (data, errors, extensions) and announces what is still to
/// come in <c>pending</c>; each later one carries <c>incremental</c> data for announced ids, <c>completed</c> ids, new
/// <c>pending</c> ones, and <c>hasNext</c>. A response with nothing deferred is one payload written as a plain result.
/// </summary>
public sealed class IncrementalPayload
{
    /// <summary>The initial result; null for a subsequent payload.</summary>
    public ExecutionResult? Initial { get; init; }

    public IReadOnlyList<PendingResult> Pending { get; init; } = [];
    public IReadOnlyList<IncrementalResult> Incremental { get; init; } = [];
    public IReadOnlyList<CompletedResult> Completed { get; init; } = [];

    /// <summary>True while more payloads follow.</summary>
    public bool HasNext { get; init; }

    /// <summary>False for a response with nothing deferred: it is written as a plain result, without <c>hasNext</c>.</summary>
    public bool IsIncremental { get; init; }

    public void Write(Utf8JsonWriter writer)
    {
        if (Initial is { } initial && !IsIncremental)
        {
            ResultWriter.Write(writer, initial);
            return;
        }

        writer.WriteStartObject();
        if (Initial is { } first)
        {
            WriteErrors(writer, first.Errors);
            if (first.IsDataPresent)
            {
                writer.WritePropertyName("data");
                ResultValueWriter.Write(writer, first.Data);
            }
        }

        writer.WriteBoolean("hasNext", HasNext);
        if (Pending.Count > 0)
        {
            writer.WriteStartArray("pending");
            foreach (var pending in Pending)
            {
                writer.WriteStartObject();
                writer.WriteString("id", pending.Id);
                WritePath(writer, "path", pending.Path);
                if (pending.Label is { } label) writer.WriteString("label", label);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (Incremental.Count > 0)
        {
            writer.WriteStartArray("incremental");
            foreach (var entry in Incremental)
            {
                writer.WriteStartObject();
                writer.WriteString("id", entry.Id);
                writer.WritePropertyName(entry.IsItems ? "items" : "data");
                ResultValueWriter.Write(writer, entry.Value);
                if (entry.SubPath is { Count: > 0 } subPath) WritePath(writer, "subPath", subPath);
                WriteErrors(writer, entry.Errors);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (Completed.Count > 0)
        {
            writer.WriteStartArray("completed");
            foreach (var completed in Completed)
            {
                writer.WriteStartObject();
                writer.WriteString("id", completed.Id);
                WriteErrors(writer, completed.Errors);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (Initial?.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName("extensions");
            ResultValueWriter.Write(writer, extensions);
        }

        writer.WriteEndObject();
    }

    public void Write(IBufferWriter<byte> output)
    {
        using var writer = new Utf8JsonWriter(output, ResultWriter.WriterOptions);
        Write(writer);
    }

    public string ToJson()
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        Write(buffer);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteErrors(Utf8JsonWriter writer, IReadOnlyList<GraphQLError>? errors)
    {
        if (errors is not { Count: > 0 }) return;
        writer.WriteStartArray("errors");
        foreach (var error in errors) ResultWriter.WriteError(writer, error);
        writer.WriteEndArray();
    }

    private static void WritePath(Utf8JsonWriter writer, string name, IReadOnlyList<object> path)
    {
        writer.WriteStartArray(name);
        foreach (var segment in path)
        {
            if (segment is int index) writer.WriteNumberValue(index);
            else writer.WriteStringValue(segment.ToString());
        }

        writer.WriteEndArray();
    }
}

/// <summary>A deferred fragment or stream announced: its id, where its data goes, and its label.</summary>
public sealed record PendingResult(string Id, IReadOnlyList<object> Path, string? Label);

/// <summary>
/// Data for an announced id: a deferred fragment's fields (<see cref="IsItems"/> false; at <see cref="SubPath"/> below
/// the fragment's path when it adds to a field the parent sent) or a stream's next items.
/// </summary>
public sealed record IncrementalResult(string Id, object Value, bool IsItems, IReadOnlyList<object>? SubPath, IReadOnlyList<GraphQLError> Errors);

/// <summary>An id that is done; with errors when its data could not be delivered (a null reached its root).</summary>
public sealed record CompletedResult(string Id, IReadOnlyList<GraphQLError>? Errors);
