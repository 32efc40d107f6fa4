using PostCatalog.GraphQL.Language;
using PostCatalog.GraphQL.Types;
using static PostCatalog.GraphQL.Validation.Rules.DeferStreamDirectiveOnRootFieldRule;

namespace PostCatalog.GraphQL.Validation.Rules;

/// <summary>
/// Defer And Stream Directives Are Used On Valid Operations (incremental delivery RFC; graphql-js 17): a subscription
/// uses <c>@defer</c> and <c>@stream</c> only with an <c>if:</c> that can be false (a variable or <c>false</c>), since
/// each event is one response. A selection that <c>@skip</c>/<c>@include</c> may leave out is not checked; the error
/// names the directive and the fragment spreads that led to it.
/// </summary>
public sealed class DeferStreamDirectiveOnValidOperationsRule : ValidationRule
{
    // Not in a released spec yet (graphql-spec's incremental delivery RFC).
    protected override string? SpecSection => null;

    public override ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context, this);

    private sealed class Visitor(ValidationContext context, IValidationRule rule) : ValidationVisitor(context, rule)
    {
        private readonly HashSet<string> _checkedFragments = new(StringComparer.Ordinal);

        public override VisitAction EnterOperationDefinition(OperationDefinitionNode node)
        {
            if (node.Operation != OperationType.Subscription) return VisitAction.Continue;
            var visited = new HashSet<string>(StringComparer.Ordinal);
            if (Forbid(node.SelectionSet, [], visited)) _checkedFragments.UnionWith(visited);
            return VisitAction.Continue;
        }

        private bool Forbid(SelectionSetNode selectionSet, List<SyntaxNode> spreads, HashSet<string> visited)
        {
            var valid = true;
            foreach (var selection in selectionSet.Selections)
            {
                var directives = selection.Directives;
                if (Find(directives, BuiltInDirectives.Skip) is { } skip && CanSkip(skip, skipWhen: true)) continue;
                if (Find(directives, BuiltInDirectives.Include) is { } include && CanSkip(include, skipWhen: false)) continue;

                foreach (var directive in directives)
                {
                    var name = directive.Name.Value;
                    if (name is not (IncrementalDirectives.Defer or IncrementalDirectives.Stream) || IfCanBeFalse(directive)) continue;
                    valid = false;
                    var what = name == IncrementalDirectives.Defer ? "Defer" : "Stream";
                    ReportError(
                        $"{what} directive not supported on subscription operations. Disable `@{name}` by setting the `if` argument to `false`.",
                        [directive, .. Enumerable.Reverse(spreads)]);
                }

                if (selection is FragmentSpreadNode spread)
                {
                    var fragmentName = spread.Name.Value;
                    if (_checkedFragments.Contains(fragmentName) || !visited.Add(fragmentName)) continue;
                    if (Context.GetFragment(fragmentName) is not { } fragment) continue;
                    spreads.Add(spread);
                    valid = Forbid(fragment.SelectionSet, spreads, visited) && valid;
                    spreads.RemoveAt(spreads.Count - 1);
                }
                else if (SelectionSetOf(selection) is { } inner)
                {
                    valid = Forbid(inner, spreads, visited) && valid;
                }
            }

            return valid;
        }

        private static SelectionSetNode? SelectionSetOf(SelectionNode selection) => selection switch
        {
            FieldNode field => field.SelectionSet,
            InlineFragmentNode inline => inline.SelectionSet,
            _ => null,
        };

        // @defer/@stream whose `if:` is a variable or `false`.
        private static bool IfCanBeFalse(DirectiveNode directive) => IfArgument(directive) switch
        {
            BooleanValueNode literal => !literal.Value,
            VariableNode => true,
            _ => false,
        };

        // @skip (skipWhen true) or @include (skipWhen false) that can leave the selection out: no `if:` counts as
        // skippable for @skip only, a literal counts when it is skipWhen, a variable always.
        private static bool CanSkip(DirectiveNode directive, bool skipWhen) => IfArgument(directive) switch
        {
            null => skipWhen,
            BooleanValueNode literal => literal.Value == skipWhen,
            _ => true,
        };

        private static ValueNode? IfArgument(DirectiveNode directive) =>
            directive.Arguments.FirstOrDefault(argument => argument.Name.Value == "if")?.Value;
    }
}
