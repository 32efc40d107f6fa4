using PostCatalog.GraphQL.Execution.Incremental;
using PostCatalog.GraphQL.Introspection;
using PostCatalog.GraphQL.Language;
using PostCatalog.GraphQL.Types;

namespace PostCatalog.GraphQL.Execution.Planning;

/// <summary>
/// The spec's CollectFields (6.3.2): walks selection sets through fragments that apply to an object type,
/// drops what <c>@skip</c>/<c>@include</c> exclude, and groups field nodes by response name in first-seen order.
/// A field the type does not have is left out (validation rejects such documents; execution must not crash).
/// </summary>
internal static class FieldCollector
{
    /// <summary>
    /// Collects <paramref name="selectionSets"/> (each with the <c>@defer</c> its field node was found under) for
    /// <paramref name="type"/>. In an incremental plan, a field that some node selects under <paramref name="context"/>
    /// (the <c>@defer</c> being delivered, or none for the initial payload) is resolved here; a field that only deferred
    /// fragments select goes to <see cref="SelectionSet.Deferred"/>, under the outermost of them.
    /// </summary>
    public static SelectionSet Collect(ExecutionPlan plan, ObjectType type,
        IReadOnlyList<(SelectionSetNode Node, DeferUsage? Usage)> selectionSets, DeferUsage? context)
    {
        var grouped = new Dictionary<string, List<(FieldNode Node, DeferUsage? Usage)>>(StringComparer.Ordinal);
        var order = new List<string>();
        var visitedFragments = new HashSet<string>(StringComparer.Ordinal);
        var newUsages = new List<DeferUsage>();
        var collection = new Collection(plan, type, visitedFragments, grouped, order, newUsages);
        foreach (var (node, usage) in selectionSets) CollectInto(collection, node, usage);

        var schema = plan.Operation.Schema;
        var selections = new List<Selection>(order.Count);
        Dictionary<DeferUsage, List<Selection>>? deferred = null;
        foreach (var responseName in order)
        {
            var occurrences = grouped[responseName];
            var fieldName = occurrences[0].Node.Name.Value;
            var (field, kind) = ResolveField(schema, type, fieldName);
            if (field is null) continue;
            var deliveredBy = DeliveredBy(occurrences, context);
            if (deliveredBy == context)
            {
                selections.Add(new Selection(plan, type, field, responseName, occurrences, kind, context));
                continue;
            }
            deferred ??= [];
            if (!deferred.TryGetValue(deliveredBy!, out var fields)) deferred[deliveredBy!] = fields = [];
            fields.Add(new Selection(plan, type, field, responseName, occurrences, kind, deliveredBy));
        }

        var deferredSets = deferred?.Select(group => new DeferredSelections(group.Key, new SelectionSet(type, group.Value.ToArray())))
            .ToList();
        return new SelectionSet(type, selections.ToArray(), newUsages, deferredSets);
    }

    // The context itself when one node is selected under it; else the outermost @defer among the nodes' (graphql-js
    // 17 leaves a field out of a fragment whose ancestor fragment delivers it).
    private static DeferUsage? DeliveredBy(List<(FieldNode Node, DeferUsage? Usage)> occurrences, DeferUsage? context)
    {
        DeferUsage? outermost = null;
        foreach (var (_, usage) in occurrences)
        {
            if (usage == context) return context;
            if (outermost is null || usage!.Depth < outermost.Depth) outermost = usage;
        }
        return outermost;
    }

    private sealed record Collection(
        ExecutionPlan Plan, ObjectType Type, HashSet<string> VisitedFragments,
        Dictionary<string, List<(FieldNode Node, DeferUsage? Usage)>> Grouped, List<string> Order, List<DeferUsage> NewUsages);

    private static (ObjectField? Field, SelectionKind Kind) ResolveField(Schema schema, ObjectType type, string fieldName)
    {
        if (fieldName == "__typename") return (IntrospectionFields.TypeName(type), SelectionKind.TypeName);
        if (ReferenceEquals(type, schema.QueryType))
        {
            if (fieldName == "__schema") return (IntrospectionFields.Schema(type), SelectionKind.Field);
            if (fieldName == "__type") return (IntrospectionFields.Type(type), SelectionKind.Field);
        }
        return (type.GetField(fieldName), SelectionKind.Field);
    }

    private static void CollectInto(Collection collection, SelectionSetNode selectionSet, DeferUsage? usage)
    {
        var plan = collection.Plan;
        foreach (var selection in selectionSet.Selections)
        {
            if (!plan.IsIncluded(selection.Directives)) continue;
            switch (selection)
            {
                case FieldNode field:
                    var responseName = field.ResponseName;
                    if (!collection.Grouped.TryGetValue(responseName, out var nodes))
                    {
                        collection.Grouped[responseName] = nodes = new List<(FieldNode, DeferUsage?)>(1);
                        collection.Order.Add(responseName);
                    }
                    nodes.Add((field, usage));
                    break;

                case InlineFragmentNode inline:
                    if (inline.TypeCondition is { } condition && !DoesFragmentTypeApply(plan.Operation.Schema, collection.Type, condition))
                        continue;
                    CollectInto(collection, inline.SelectionSet, DeferUsageOf(collection, inline, usage));
                    break;

                case FragmentSpreadNode spread:
                    var name = spread.Name.Value;
                    if (!collection.VisitedFragments.Add(name)) continue;
                    if (!plan.Operation.Fragments.TryGetValue(name, out var fragment)) continue;
                    if (!DoesFragmentTypeApply(plan.Operation.Schema, collection.Type, fragment.TypeCondition)) continue;
                    CollectInto(collection, fragment.SelectionSet, DeferUsageOf(collection, spread, usage));
                    break;
            }
        }
    }

    // A fragment with an active @defer starts a new usage inside the current one; any other fragment keeps the current.
    private static DeferUsage? DeferUsageOf(Collection collection, SelectionNode fragment, DeferUsage? current)
    {
        foreach (var directive in fragment.Directives)
        {
            if (directive.Name.Value != IncrementalDirectives.Defer || !collection.Plan.IsActive(directive)) continue;
            var label = directive.Arguments.FirstOrDefault(argument => argument.Name.Value == "label")?.Value as StringValueNode;
            var usage = new DeferUsage(label?.Value, fragment, current);
            collection.NewUsages.Add(usage);
            return usage;
        }
        return current;
    }

    private static bool DoesFragmentTypeApply(Schema schema, ObjectType objectType, NamedTypeNode condition)
    {
        var name = condition.Name.Value;
        if (name == objectType.Name) return true;
        return schema.GetType(name) switch
        {
            ObjectType other => ReferenceEquals(other, objectType),
            IAbstractType abstractType => schema.IsSubType(abstractType, objectType),
            _ => false,
        };
    }
}
