using PostCatalog.GraphQL.Execution.Planning;
using PostCatalog.GraphQL.Types;

namespace PostCatalog.GraphQL.Execution.Limits;

/// <summary>
/// A check the executor runs on every operation after it is compiled and its variables are coerced, before any
/// resolver runs (<see cref="RequestExecutor.Limits"/>). Depth and cost limits are ones; a host may add its own.
/// </summary>
public interface IOperationLimit
{
    OperationLimitResult Check(OperationLimitContext context);
}

/// <summary>What a limit sees: the operation chosen, the coerced variables, and the request (for per-request switches
/// such as <see cref="CostRequestFlags.ReportCost"/> in <see cref="OperationRequest.ContextData"/>).</summary>
public sealed record OperationLimitContext(
    Schema Schema,
    CompiledOperation Operation,
    IReadOnlyDictionary<string, object?> Variables,
    OperationRequest Request);

/// <summary>Errors stop the operation as a request error (no <c>data</c>); extensions are added to the response either way.</summary>
public readonly record struct OperationLimitResult(
    IReadOnlyList<GraphQLError>? Errors = null,
    IReadOnlyDictionary<string, object?>? Extensions = null)
{
    public static OperationLimitResult Pass => default;

    public bool IsRejected => Errors is { Count: > 0 };
}
