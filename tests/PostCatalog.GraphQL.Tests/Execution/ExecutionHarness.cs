using System.Text.Json;
using PostCatalog.GraphQL.Execution;
using PostCatalog.GraphQL.Types;

namespace PostCatalog.GraphQL.Tests.Execution;

/// <summary>Runs a document against a schema and returns what a client would receive, as compact JSON.</summary>
internal static class ExecutionHarness
{
    public static async Task<string> RunAsync(Schema schema, string query, object? variables = null,
        string? operationName = null, ExecutionOptions? options = null)
    {
        var result = await ExecuteAsync(schema, query, variables, operationName, options);
        return result.ToJson();
    }

    public static Task<ExecutionResult> ExecuteAsync(Schema schema, string query, object? variables = null,
        string? operationName = null, ExecutionOptions? options = null)
    {
        var executor = new RequestExecutor(schema, options);
        return executor.ExecuteAsync(new OperationRequest
        {
            Query = query,
            OperationName = operationName,
            Variables = variables is null ? null : Variables(variables),
        });
    }

    /// <summary>Variables written as an anonymous object or a JSON string, as a transport would hand them over.</summary>
    public static IReadOnlyDictionary<string, object?> Variables(object variables)
    {
        var json = variables as string ?? JsonSerializer.Serialize(variables);
        return JsonInput.ParseObject(json);
    }

    /// <summary>Normalises a hand-written expected JSON document to compact form.</summary>
    public static string Json(string json)
    {
        using var document = JsonDocument.Parse(json);
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, PostCatalog.GraphQL.Execution.Results.ResultWriter.WriterOptions))
            document.RootElement.WriteTo(writer);
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
