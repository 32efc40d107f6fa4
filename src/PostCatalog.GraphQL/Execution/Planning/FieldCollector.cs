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
    public static SelectionSet Collect(ExecutionPlan plan, ObjectType type, IReadOnlyList<SelectionSetNode> selectionSets)
    {
        var grouped = new Dictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        var order = new List<string>();
        var visitedFragments = new HashSet<string>(StringComparer.Ordinal);
        foreach (var selectionSet in selectionSets)
            CollectInto(plan, type, selectionSet, visitedFragments, grouped, order);

        var schema = plan.Operation.Schema;
        var selections = new List<Selection>(order.Count);
        foreach (var responseName in order)
        {
            var nodes = grouped[responseName].ToArray();
            var fieldName = nodes[0].Name.Value;
            var (field, kind) = ResolveField(schema, type, fieldName);
            if (field is null) continue;
            selections.Add(new Selection(plan, type, field, responseName, nodes, kind));
        }
        return new SelectionSet(type, selections.ToArray());
    }

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

    private static void CollectInto(
        ExecutionPlan plan, ObjectType type, SelectionSetNode selectionSet, HashSet<string> visitedFragments,
        Dictionary<string, List<FieldNode>> grouped, List<string> order)
    {
        foreach (var selection in selectionSet.Selections)
        {
            if (!plan.IsIncluded(selection.Directives)) continue;
            switch (selection)
            {
                case FieldNode field:
                    var responseName = field.ResponseName;
                    if (!grouped.TryGetValue(responseName, out var nodes))
                    {
                        grouped[responseName] = nodes = new List<FieldNode>(1);
                        order.Add(responseName);
                    }
                    nodes.Add(field);
                    break;

                case InlineFragmentNode inline:
                    if (inline.TypeCondition is { } condition && !DoesFragmentTypeApply(plan.Operation.Schema, type, condition))
                        continue;
                    CollectInto(plan, type, inline.SelectionSet, visitedFragments, grouped, order);
                    break;

                case FragmentSpreadNode spread:
                    var name = spread.Name.Value;
                    if (!visitedFragments.Add(name)) continue;
                    if (!plan.Operation.Fragments.TryGetValue(name, out var fragment)) continue;
                    if (!DoesFragmentTypeApply(plan.Operation.Schema, type, fragment.TypeCondition)) continue;
                    CollectInto(plan, type, fragment.SelectionSet, visitedFragments, grouped, order);
                    break;
            }
        }
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
