using System.Runtime.CompilerServices;
using PostCatalog.GraphQL.Execution.Planning;

namespace PostCatalog.GraphQL.Execution.Limits;

/// <summary>
/// Rejects operations whose estimated cost (<see cref="CostAnalyzer"/>) exceeds <see cref="CostOptions.MaxFieldCost"/>
/// or <see cref="CostOptions.MaxTypeCost"/> with HC0047, before any resolver runs; reports the cost in
/// <c>extensions.operationCost</c> when the request asks for it (<see cref="CostRequestFlags.ReportCost"/>).
/// </summary>
public sealed class CostLimit(CostOptions options) : IOperationLimit
{
    // An operation without variables always costs the same: analyse it once per compiled (cached) operation.
    private readonly ConditionalWeakTable<CompiledOperation, StrongBox<CostMetrics>> _constantCosts = new();

    public CostOptions Options { get; } = options;

    public OperationLimitResult Check(OperationLimitContext context)
    {
        var cost = Measure(context);
        var report = context.Request.ContextData.TryGetValue(CostRequestFlags.ReportCost, out var flag) && flag is true;
        var extensions = report ? cost.ToExtensions() : null;

        if (Options.EnforceCostLimits && cost.FieldCost > Options.MaxFieldCost)
            return new OperationLimitResult([LimitErrors.MaxFieldCost(cost.FieldCost, Options.MaxFieldCost)], extensions);
        if (Options.EnforceCostLimits && cost.TypeCost > Options.MaxTypeCost)
            return new OperationLimitResult([LimitErrors.MaxTypeCost(cost.TypeCost, Options.MaxTypeCost)], extensions);
        return new OperationLimitResult(null, extensions);
    }

    private CostMetrics Measure(OperationLimitContext context)
    {
        var operation = context.Operation;
        if (operation.Definition.VariableDefinitions.Count > 0)
            return CostAnalyzer.Analyze(context.Schema, operation, context.Variables, Options);
        return _constantCosts.GetValue(operation,
            o => new StrongBox<CostMetrics>(CostAnalyzer.Analyze(context.Schema, o, context.Variables, Options))).Value;
    }
}
