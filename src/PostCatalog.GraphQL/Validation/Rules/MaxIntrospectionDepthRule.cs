using PostCatalog.GraphQL.Language;

namespace PostCatalog.GraphQL.Validation.Rules;

/// <summary>
/// Not a spec rule but in graphql-js's specified list as recommended: an introspection query may nest the list
/// fields <c>fields</c>, <c>interfaces</c>, <c>possibleTypes</c> and <c>inputFields</c> at most two deep, which
/// stops cheap documents from asking for enormous introspection results.
/// </summary>
public sealed class MaxIntrospectionDepthRule : ValidationRule
{
    private const int MaxListsDepth = 3;

    protected override string? SpecSection => null;

    public override ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context, this);

    private sealed class Visitor(ValidationContext context, IValidationRule rule) : ValidationVisitor(context, rule)
    {
        // Per fragment, shared across root checks: the deepest entry depth at which a check completed under
        // the limit, and the shallowest at which one reached it.
        private readonly Dictionary<string, int> _checkedAt = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _exceededAt = new(StringComparer.Ordinal);

        public override VisitAction EnterField(FieldNode node)
        {
            if (node.Name.Value is not ("__schema" or "__type")) return VisitAction.Continue;
            if (!ExceedsDepth(node, new Dictionary<string, int>(StringComparer.Ordinal), 0)) return VisitAction.Continue;

            ReportError("Maximum introspection depth exceeded", node);
            return VisitAction.Skip;
        }

        private bool ExceedsDepth(SyntaxNode node, Dictionary<string, int> visitedAt, int depth)
        {
            if (node is FragmentSpreadNode spread)
            {
                var name = spread.Name.Value;
                if (_exceededAt.TryGetValue(name, out var exceeded) && exceeded <= depth) return true;
                // At an equal or shallower entry depth a revisit breaks a cycle or repeats a passed check.
                if ((visitedAt.TryGetValue(name, out var visited) && visited >= depth)
                    || (_checkedAt.TryGetValue(name, out var passed) && passed >= depth))
                {
                    return false;
                }

                if (Context.GetFragment(name) is not { } fragment) return false;
                visitedAt[name] = depth;
                if (ExceedsDepth(fragment, visitedAt, depth))
                {
                    _exceededAt[name] = depth;
                    return true;
                }

                _checkedAt[name] = depth;
                return false;
            }

            if (node is FieldNode { Name.Value: "fields" or "interfaces" or "possibleTypes" or "inputFields" })
            {
                depth++;
                if (depth >= MaxListsDepth) return true;
            }

            var selectionSet = node switch
            {
                FieldNode field => field.SelectionSet,
                InlineFragmentNode inline => inline.SelectionSet,
                FragmentDefinitionNode fragment => fragment.SelectionSet,
                _ => null,
            };
            return selectionSet is not null && selectionSet.Selections.Any(child => ExceedsDepth(child, visitedAt, depth));
        }
    }
}
