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
            WalkChildren(node);
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

    /// <summary>
    /// Walks the child nodes of <paramref name="node"/> in graphql-js's <c>QueryDocumentKeys</c> order. Written as
    /// calls rather than a returned sequence so that validating a document allocates nothing per node.
    /// </summary>
    private void WalkChildren(SyntaxNode node)
    {
        switch (node)
        {
            case DocumentNode n:
                WalkAll(n.Definitions);
                break;
            case OperationDefinitionNode n:
                WalkAll(n.VariableDefinitions);
                WalkAll(n.Directives);
                Walk(n.SelectionSet);
                break;
            case VariableDefinitionNode n:
                Walk(n.Variable);
                Walk(n.Type);
                if (n.DefaultValue is not null) Walk(n.DefaultValue);
                WalkAll(n.Directives);
                break;
            case SelectionSetNode n:
                WalkAll(n.Selections);
                break;
            case FieldNode n:
                WalkAll(n.Arguments);
                WalkAll(n.Directives);
                if (n.SelectionSet is not null) Walk(n.SelectionSet);
                break;
            case FragmentSpreadNode n:
                WalkAll(n.Directives);
                break;
            case InlineFragmentNode n:
                if (n.TypeCondition is not null) Walk(n.TypeCondition);
                WalkAll(n.Directives);
                Walk(n.SelectionSet);
                break;
            case FragmentDefinitionNode n:
                Walk(n.TypeCondition);
                WalkAll(n.Directives);
                Walk(n.SelectionSet);
                break;
            case ArgumentNode n:
                Walk(n.Value);
                break;
            case DirectiveNode n:
                WalkAll(n.Arguments);
                break;
            case ListValueNode n:
                WalkAll(n.Values);
                break;
            case ObjectValueNode n:
                WalkAll(n.Fields);
                break;
            case ObjectFieldNode n:
                Walk(n.Value);
                break;
            case ListTypeNode n:
                Walk(n.Type);
                break;
            case NonNullTypeNode n:
                Walk(n.Type);
                break;
            case SchemaDefinitionNode n:
                WalkAll(n.Directives);
                WalkAll(n.OperationTypes);
                break;
            case SchemaExtensionNode n:
                WalkAll(n.Directives);
                WalkAll(n.OperationTypes);
                break;
            case OperationTypeDefinitionNode n:
                Walk(n.Type);
                break;
            case ScalarTypeDefinitionNode n:
                WalkAll(n.Directives);
                break;
            case ObjectTypeDefinitionNode n:
                WalkAll(n.Interfaces);
                WalkAll(n.Directives);
                WalkAll(n.Fields);
                break;
            case InterfaceTypeDefinitionNode n:
                WalkAll(n.Interfaces);
                WalkAll(n.Directives);
                WalkAll(n.Fields);
                break;
            case FieldDefinitionNode n:
                WalkAll(n.Arguments);
                Walk(n.Type);
                WalkAll(n.Directives);
                break;
            case InputValueDefinitionNode n:
                Walk(n.Type);
                if (n.DefaultValue is not null) Walk(n.DefaultValue);
                WalkAll(n.Directives);
                break;
            case UnionTypeDefinitionNode n:
                WalkAll(n.Directives);
                WalkAll(n.Types);
                break;
            case EnumTypeDefinitionNode n:
                WalkAll(n.Directives);
                WalkAll(n.Values);
                break;
            case EnumValueDefinitionNode n:
                WalkAll(n.Directives);
                break;
            case InputObjectTypeDefinitionNode n:
                WalkAll(n.Directives);
                WalkAll(n.Fields);
                break;
            case DirectiveDefinitionNode n:
                WalkAll(n.Arguments);
                WalkAll(n.Directives);
                break;
            case DirectiveExtensionNode n:
                WalkAll(n.Directives);
                break;
        }
    }

    private void WalkAll<T>(IReadOnlyList<T> nodes) where T : SyntaxNode
    {
        for (var i = 0; i < nodes.Count; i++) Walk(nodes[i]);
    }
}
