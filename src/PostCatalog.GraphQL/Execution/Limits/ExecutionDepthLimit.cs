using System.Runtime.CompilerServices;
using PostCatalog.GraphQL.Execution.Planning;
using PostCatalog.GraphQL.Language;

namespace PostCatalog.GraphQL.Execution.Limits;

/// <summary>
/// Rejects operations nested deeper than <see cref="OperationLimitsOptions.MaxExecutionDepth"/> (HotChocolate's
/// MaxExecutionDepth rule): the depth is the longest chain of fields, fragments expanded.
/// </summary>
public sealed class ExecutionDepthLimit(int maxDepth, bool skipIntrospectionFields = true) : IOperationLimit
{
    // The depth does not depend on variables: measure each compiled (cached) operation once.
    private readonly ConditionalWeakTable<CompiledOperation, StrongBox<int>> _depths = new();

    public OperationLimitResult Check(OperationLimitContext context)
    {
        var operation = context.Operation;
        var depth = _depths.GetValue(operation,
            o => new StrongBox<int>(Measure(o.Definition.SelectionSet, o.Fragments, skipIntrospectionFields))).Value;
        return depth <= maxDepth
            ? OperationLimitResult.Pass
            : new OperationLimitResult([LimitErrors.MaxExecutionDepth(operation.Definition, maxDepth, depth)]);
    }

    /// <summary>The depth of a selection set. Each fragment's depth is computed once, so fragments that spread other
    /// fragments many times cost linear time; a fragment cycle (invalid anyway) counts as no deeper.</summary>
    public static int Measure(SelectionSetNode selectionSet, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        bool skipIntrospectionFields = true)
    {
        var fragmentDepths = new Dictionary<string, int>(StringComparer.Ordinal);

        int DepthOf(SelectionSetNode set)
        {
            var deepest = 0;
            foreach (var selection in set.Selections)
            {
                var depth = selection switch
                {
                    FieldNode field when skipIntrospectionFields && field.Name.Value.StartsWith("__", StringComparison.Ordinal) => 0,
                    FieldNode field => 1 + (field.SelectionSet is { } children ? DepthOf(children) : 0),
                    InlineFragmentNode inline => DepthOf(inline.SelectionSet),
                    FragmentSpreadNode spread => FragmentDepth(spread.Name.Value),
                    _ => 0,
                };
                deepest = Math.Max(deepest, depth);
            }
            return deepest;
        }

        int FragmentDepth(string name)
        {
            if (fragmentDepths.TryGetValue(name, out var known)) return known;
            if (!fragments.TryGetValue(name, out var fragment)) return 0;
            fragmentDepths[name] = 0; // cycle guard while this fragment is being measured
            return fragmentDepths[name] = DepthOf(fragment.SelectionSet);
        }

        return DepthOf(selectionSet);
    }
}
