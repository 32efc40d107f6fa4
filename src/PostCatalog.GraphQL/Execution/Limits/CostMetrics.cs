namespace PostCatalog.GraphQL.Execution.Limits;

/// <summary>An operation's estimated cost; reported as <c>extensions.operationCost { fieldCost typeCost }</c>.</summary>
public readonly record struct CostMetrics(double FieldCost, double TypeCost)
{
    /// <summary>The response extension HotChocolate writes with <c>GraphQL-Cost: report</c>.</summary>
    public IReadOnlyDictionary<string, object?> ToExtensions() => new Dictionary<string, object?>
    {
        ["operationCost"] = new Dictionary<string, object?>
        {
            ["fieldCost"] = Format(FieldCost),
            ["typeCost"] = Format(TypeCost),
        },
    };

    /// <summary>Whole numbers as integers (<c>111</c>, not <c>111.0</c>); anything past a long as "Infinity", as HotChocolate does.</summary>
    public static object Format(double value) =>
        !double.IsFinite(value) || value >= long.MaxValue ? "Infinity"
        : value == Math.Floor(value) ? (long)value
        : value;
}

/// <summary>Per-request switches a transport sets in <see cref="OperationRequest.ContextData"/>.</summary>
public static class CostRequestFlags
{
    /// <summary>Set to true to get <c>extensions.operationCost</c> in the response (the <c>GraphQL-Cost: report</c> header).</summary>
    public const string ReportCost = "PostCatalog.Cost.Report";
}
