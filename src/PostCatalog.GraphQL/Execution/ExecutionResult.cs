using PostCatalog.GraphQL.Execution.Results;
using PostCatalog.GraphQL.Types;

namespace PostCatalog.GraphQL.Execution;

/// <summary>
/// The response to one operation (spec 7.1). <see cref="IsDataPresent"/> tells request errors (the operation
/// never ran: no <c>data</c> entry at all) from field errors (it ran: <c>data</c> is present, maybe null);
/// GraphQL over HTTP needs that distinction to pick a status code.
/// </summary>
public sealed class ExecutionResult
{
    private ExecutionResult(ResultMap? data, bool isDataPresent, IReadOnlyList<GraphQLError> errors,
        IReadOnlyDictionary<string, object?>? extensions)
    {
        Data = data;
        IsDataPresent = isDataPresent;
        Errors = errors;
        Extensions = extensions;
    }

    /// <summary>The <c>data</c> entry; null when it is absent or when an error propagated up to it.</summary>
    public ResultMap? Data { get; }

    /// <summary>False for request errors (parse, validation, operation choice, variable coercion).</summary>
    public bool IsDataPresent { get; }

    public IReadOnlyList<GraphQLError> Errors { get; }

    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>True when the request failed before execution: there are errors and no <c>data</c>.</summary>
    public bool IsRequestError => !IsDataPresent;

    /// <summary>An operation that ran: data (null if a non-null root field failed) and the field errors.</summary>
    public static ExecutionResult FromData(ResultMap? data, IReadOnlyList<GraphQLError> errors,
        IReadOnlyDictionary<string, object?>? extensions = null)
        => new(data, true, errors, extensions);

    /// <summary>A request that did not execute: errors only, no <c>data</c> entry.</summary>
    public static ExecutionResult FromErrors(IReadOnlyList<GraphQLError> errors,
        IReadOnlyDictionary<string, object?>? extensions = null)
        => new(null, false, errors, extensions);

    public static ExecutionResult FromError(GraphQLError error) => FromErrors([error]);

    /// <summary>The response as JSON text (errors, data, extensions), as <see cref="ResultWriter"/> writes it.</summary>
    public string ToJson(bool indented = false) => ResultWriter.ToJson(this, indented);
}
