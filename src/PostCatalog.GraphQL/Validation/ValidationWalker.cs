using PostCatalog.GraphQL.Language;

namespace PostCatalog.GraphQL.Validation;

/// <summary>
/// One depth-first walk of a syntax tree that drives many visitors at once (graphql-js's
/// <c>visitInParallel</c> inside <c>visitWithTypeInfo</c>): <see cref="TypeInfo"/> is updated on entering a node
/// before the visitors see it and on leaving after they did. A visitor that skips a node is not called again
/// until the walk leaves that node; the others go on. Children are visited in graphql-js's key order, with
/// descriptions left out (they must not affect validation) and names not visited (no rule needs them).
/// The parser bounds nesting depth, so recursion here is bounded too.
/// </summary>
internal sealed class ValidationWalker
{
    private readonly TypeInfo _typeInfo;
    private readonly IReadOnlyList<ISyntaxVisitor> _visitors;
    private readonly SyntaxNode?[] _skipping;
    private readonly List<SyntaxNode> _ancestors;
    private int _skippingCount;

    public ValidationWalker(TypeInfo typeInfo, IReadOnlyList<ISyntaxVisitor> visitors, List<SyntaxNode>? ancestors = null)
    {
        _typeInfo = typeInfo;
        _visitors = visitors;
        _skipping = new SyntaxNode?[visitors.Count];
        _ancestors = ancestors ?? [];
    }

    public void Walk(SyntaxNode node)
    {
        _typeInfo.Enter(node);
        for (var i = 0; i < _visitors.Count; i++)
        {
            if (_skipping[i] is null && _visitors[i].Enter(node) == VisitAction.Skip)
            {
                _skipping[i] = node;
                _skippingCount++;
            }
        }

        // When every visitor skips this subtree there is nothing to walk.
        if (_skippingCount < _visitors.Count)
        {
            _ancestors.Add(node);
            foreach (var child in Children(node)) Walk(child);
            _ancestors.RemoveAt(_ancestors.Count - 1);
        }

        for (var i = 0; i < _visitors.Count; i++)
        {
            if (_skipping[i] is null)
            {
                _visitors[i].Leave(node);
            }
            else if (ReferenceEquals(_skipping[i], node))
            {
                _skipping[i] = null;
                _skippingCount--;
            }
        }

        _typeInfo.Leave(node);
    }

    /// <summary>The child nodes of <paramref name="node"/> in graphql-js's <c>QueryDocumentKeys</c> order.</summary>
    private static IEnumerable<SyntaxNode> Children(SyntaxNode node)
    {
        switch (node)
        {
            case DocumentNode n:
                return n.Definitions;
            case OperationDefinitionNode n:
                return [.. n.VariableDefinitions, .. n.Directives, n.SelectionSet];
            case VariableDefinitionNode n:
                return n.DefaultValue is null
                    ? [n.Variable, n.Type, .. n.Directives]
                    : [n.Variable, n.Type, n.DefaultValue, .. n.Directives];
            case SelectionSetNode n:
                return n.Selections;
            case FieldNode n:
                return n.SelectionSet is null
                    ? [.. n.Arguments, .. n.Directives]
                    : [.. n.Arguments, .. n.Directives, n.SelectionSet];
            case FragmentSpreadNode n:
                return n.Directives;
            case InlineFragmentNode n:
                return n.TypeCondition is null
                    ? [.. n.Directives, n.SelectionSet]
                    : [n.TypeCondition, .. n.Directives, n.SelectionSet];
            case FragmentDefinitionNode n:
                return [n.TypeCondition, .. n.Directives, n.SelectionSet];
            case ArgumentNode n:
                return [n.Value];
            case DirectiveNode n:
                return n.Arguments;
            case ListValueNode n:
                return n.Values;
            case ObjectValueNode n:
                return n.Fields;
            case ObjectFieldNode n:
                return [n.Value];
            case ListTypeNode n:
                return [n.Type];
            case NonNullTypeNode n:
                return [n.Type];
            case SchemaDefinitionNode n:
                return [.. n.Directives, .. n.OperationTypes];
            case SchemaExtensionNode n:
                return [.. n.Directives, .. n.OperationTypes];
            case OperationTypeDefinitionNode n:
                return [n.Type];
            case ScalarTypeDefinitionNode n:
                return n.Directives;
            case ObjectTypeDefinitionNode n:
                return [.. n.Interfaces, .. n.Directives, .. n.Fields];
            case InterfaceTypeDefinitionNode n:
                return [.. n.Interfaces, .. n.Directives, .. n.Fields];
            case FieldDefinitionNode n:
                return [.. n.Arguments, n.Type, .. n.Directives];
            case InputValueDefinitionNode n:
                return n.DefaultValue is null
                    ? [n.Type, .. n.Directives]
                    : [n.Type, n.DefaultValue, .. n.Directives];
            case UnionTypeDefinitionNode n:
                return [.. n.Directives, .. n.Types];
            case EnumTypeDefinitionNode n:
                return [.. n.Directives, .. n.Values];
            case EnumValueDefinitionNode n:
                return n.Directives;
            case InputObjectTypeDefinitionNode n:
                return [.. n.Directives, .. n.Fields];
            case DirectiveDefinitionNode n:
                return n.Arguments;
            default:
                return [];
        }
    }
}
