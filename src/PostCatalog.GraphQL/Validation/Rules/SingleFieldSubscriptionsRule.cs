using PostCatalog.GraphQL.Language;
using PostCatalog.GraphQL.Types;

namespace PostCatalog.GraphQL.Validation.Rules;

/// <summary>
/// Single Root Field (spec 5.2.3.1): a subscription selects exactly one root field, and not an introspection
/// field. Root fields are collected as execution would (spec CollectFields, no variable values): fragments are
/// followed, fields are grouped by response name, and <c>@skip</c>/<c>@include</c> with a literal
/// <c>true</c>/<c>false</c> are honoured.
/// </summary>
public sealed class SingleFieldSubscriptionsRule : ValidationRule
{
    protected override string SpecSection => "sec-Single-root-field";

    public override ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context, this);

    private sealed class Visitor(ValidationContext context, IValidationRule rule) : ValidationVisitor(context, rule)
    {
        public override VisitAction EnterOperationDefinition(OperationDefinitionNode node)
        {
            if (node.Operation != OperationType.Subscription || Context.Schema.SubscriptionType is not { } subscriptionType)
            {
                return VisitAction.Continue;
            }

            var fields = new Dictionary<string, List<FieldNode>>(StringComparer.Ordinal);
            var responseNames = new List<string>();
            CollectFields(subscriptionType, node.SelectionSet, fields, responseNames, new HashSet<string>(StringComparer.Ordinal));

            var subject = node.Name is { } name ? $"Subscription \"{name.Value}\"" : "Anonymous Subscription";
            if (responseNames.Count > 1)
            {
                ReportError(
                    $"{subject} must select only one top level field.",
                    responseNames.Skip(1).SelectMany(responseName => fields[responseName]));
            }

            foreach (var responseName in responseNames)
            {
                var fieldNodes = fields[responseName];
                if (fieldNodes[0].Name.Value.StartsWith("__", StringComparison.Ordinal))
                {
                    ReportError($"{subject} must not select an introspection top level field.", fieldNodes);
                }
            }

            return VisitAction.Continue;
        }

        private void CollectFields(
            ObjectType rootType,
            SelectionSetNode selectionSet,
            Dictionary<string, List<FieldNode>> fields,
            List<string> responseNames,
            HashSet<string> visitedFragments)
        {
            Context.SpendFragmentWork(selectionSet.Selections.Count);
            foreach (var selection in selectionSet.Selections)
            {
                if (!ShouldInclude(selection)) continue;
                switch (selection)
                {
                    case FieldNode field:
                        if (!fields.TryGetValue(field.ResponseName, out var group))
                        {
                            fields[field.ResponseName] = group = [];
                            responseNames.Add(field.ResponseName);
                        }

                        group.Add(field);
                        break;
                    case InlineFragmentNode inline when ConditionMatches(inline.TypeCondition, rootType):
                        CollectFields(rootType, inline.SelectionSet, fields, responseNames, visitedFragments);
                        break;
                    case FragmentSpreadNode spread when visitedFragments.Add(spread.Name.Value):
                        if (Context.GetFragment(spread.Name.Value) is { } fragment && ConditionMatches(fragment.TypeCondition, rootType))
                        {
                            CollectFields(rootType, fragment.SelectionSet, fields, responseNames, visitedFragments);
                        }

                        break;
                }
            }
        }

        private bool ConditionMatches(NamedTypeNode? typeCondition, ObjectType type)
        {
            if (typeCondition is null) return true;
            var conditionType = MetaFields.TypeFromAst(Context.Schema, typeCondition);
            if (ReferenceEquals(conditionType, type)) return true;
            return conditionType is IAbstractType abstractType && Context.Schema.IsSubType(abstractType, type);
        }

        // Without variable values only literal conditions can be decided; anything else counts as included.
        private static bool ShouldInclude(SelectionNode selection)
        {
            foreach (var directive in selection.Directives)
            {
                var condition = directive.Arguments.FirstOrDefault(a => a.Name.Value == "if")?.Value as BooleanValueNode;
                if (directive.Name.Value == "skip" && condition is { Value: true }) return false;
                if (directive.Name.Value == "include" && condition is { Value: false }) return false;
            }

            return true;
        }
    }
}
