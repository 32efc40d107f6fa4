using PostCatalog.GraphQL.Language;
using PostCatalog.GraphQL.Types;

namespace PostCatalog.GraphQL.Validation.Rules;

/// <summary>
/// Defer And Stream Directives Are Used On Valid Root Field (incremental delivery RFC; graphql-js 17): a mutation's or
/// subscription's root selection set defers no fragment and streams no field, since its root fields run serially or
/// once per event. Fragments are followed; each is checked once per document.
/// </summary>
public sealed class DeferStreamDirectiveOnRootFieldRule : ValidationRule
{
    // Not in a released spec yet (graphql-spec's incremental delivery RFC).
    protected override string? SpecSection => null;

    public override ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context, this);

    private sealed class Visitor(ValidationContext context, IValidationRule rule) : ValidationVisitor(context, rule)
    {
        private readonly HashSet<string> _checkedFragments = new(StringComparer.Ordinal);

        public override VisitAction EnterOperationDefinition(OperationDefinitionNode node)
        {
            var rootType = node.Operation switch
            {
                OperationType.Mutation => Context.Schema.MutationType,
                OperationType.Subscription => Context.Schema.SubscriptionType,
                _ => null,
            };
            if (rootType is null) return VisitAction.Continue;

            var visited = new HashSet<string>(StringComparer.Ordinal);
            var operation = node.Operation == OperationType.Mutation ? "mutation" : "subscription";
            if (Forbid(operation, rootType, node.SelectionSet, visited)) _checkedFragments.UnionWith(visited);
            return VisitAction.Continue;
        }

        private bool Forbid(string operation, ObjectType rootType, SelectionSetNode selectionSet, HashSet<string> visited)
        {
            var valid = true;
            foreach (var selection in selectionSet.Selections)
            {
                switch (selection)
                {
                    case FieldNode field when Find(field.Directives, IncrementalDirectives.Stream) is { } stream:
                        valid = false;
                        ReportError($"Stream directive cannot be used on root {operation} type \"{rootType.Name}\".", stream);
                        break;
                    case FragmentSpreadNode spread:
                        if (!visited.Add(spread.Name.Value) || Context.GetFragment(spread.Name.Value) is not { } fragment) break;
                        if (Find(spread.Directives, IncrementalDirectives.Defer) is { } deferSpread)
                        {
                            valid = false;
                            ReportError($"Defer directive cannot be used on root {operation} type \"{rootType.Name}\".", deferSpread);
                        }

                        if (!_checkedFragments.Contains(spread.Name.Value))
                        {
                            valid = Forbid(operation, rootType, fragment.SelectionSet, visited) && valid;
                        }

                        break;
                    case InlineFragmentNode inline:
                        if (Find(inline.Directives, IncrementalDirectives.Defer) is { } deferInline)
                        {
                            valid = false;
                            ReportError($"Defer directive cannot be used on root {operation} type \"{rootType.Name}\".", deferInline);
                        }

                        valid = Forbid(operation, rootType, inline.SelectionSet, visited) && valid;
                        break;
                }
            }

            return valid;
        }
    }

    internal static DirectiveNode? Find(IReadOnlyList<DirectiveNode> directives, string name)
    {
        foreach (var directive in directives)
        {
            if (directive.Name.Value == name) return directive;
        }

        return null;
    }
}
