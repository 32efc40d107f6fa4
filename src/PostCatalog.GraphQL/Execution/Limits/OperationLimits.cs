namespace PostCatalog.GraphQL.Execution.Limits;

/// <summary>The limits <see cref="OperationLimitsOptions"/> turns on, in the order they are checked: depth, list lengths, then cost.</summary>
public static class OperationLimits
{
    public static IReadOnlyList<IOperationLimit> Create(OperationLimitsOptions options)
    {
        var limits = new List<IOperationLimit>();
        if (options.MaxExecutionDepth is { } depth) limits.Add(new ExecutionDepthLimit(depth, options.SkipIntrospectionFields));
        if (options.MaxListArgumentItems is { } items) limits.Add(new ListArgumentLimit(items));
        limits.Add(new CostLimit(options.Cost));
        return limits;
    }
}
