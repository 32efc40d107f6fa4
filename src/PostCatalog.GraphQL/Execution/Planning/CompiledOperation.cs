using System.Collections.Concurrent;
using PostCatalog.GraphQL.Language;
using PostCatalog.GraphQL.Types;

namespace PostCatalog.GraphQL.Execution.Planning;

/// <summary>
/// One operation of one document, compiled once and cached: the operation chosen, its fragments, and the
/// variables that <c>@skip</c>/<c>@include</c> read. Field collection depends on those variables only through
/// their boolean values, so each combination of them gets its own <see cref="ExecutionPlan"/>, built on first use.
/// </summary>
public sealed class CompiledOperation
{
    private readonly ConcurrentDictionary<ulong, ExecutionPlan> _plans = new();
    private readonly ConcurrentDictionary<ulong, ExecutionPlan> _incrementalPlans = new();

    internal CompiledOperation(
        Schema schema,
        DocumentNode document,
        OperationDefinitionNode definition,
        ObjectType rootType,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        IReadOnlyList<string> conditionVariables)
    {
        Schema = schema;
        Document = document;
        Definition = definition;
        RootType = rootType;
        Fragments = fragments;
        ConditionVariables = conditionVariables;
    }

    public Schema Schema { get; }
    public DocumentNode Document { get; }
    public OperationDefinitionNode Definition { get; }
    public OperationType OperationType => Definition.Operation;
    public string? Name => Definition.Name?.Value;
    public ObjectType RootType { get; }
    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }

    /// <summary>Variables read by the <c>if</c> of <c>@skip</c>, <c>@include</c>, <c>@defer</c> or <c>@stream</c>, each one bit of a plan key.</summary>
    public IReadOnlyList<string> ConditionVariables { get; }

    /// <summary>
    /// The plan for these (coerced) variable values: cached per combination of condition values, apart for
    /// <paramref name="incremental"/> plans (which honour <c>@defer</c>/<c>@stream</c>).
    /// </summary>
    public ExecutionPlan GetPlan(IReadOnlyDictionary<string, object?> variables, bool incremental = false)
    {
        var plans = incremental ? _incrementalPlans : _plans;
        if (ConditionVariables.Count == 0) return plans.GetOrAdd(0, _ => new ExecutionPlan(this, 0, variables, incremental));
        if (ConditionVariables.Count > 64) return new ExecutionPlan(this, 0, variables, incremental);

        ulong key = 0;
        for (var i = 0; i < ConditionVariables.Count; i++)
        {
            if (variables.TryGetValue(ConditionVariables[i], out var value) && value is true)
                key |= 1UL << i;
        }
        return plans.GetOrAdd(key, k => new ExecutionPlan(this, k, variables, incremental));
    }
}
