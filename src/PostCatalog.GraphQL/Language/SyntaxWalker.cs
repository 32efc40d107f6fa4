namespace PostCatalog.GraphQL.Language;

/// <summary>
/// Depth-first traversal of a syntax tree in graphql-js's visiting order. Override <c>EnterX</c>/<c>LeaveX</c>
/// for the node kinds you care about (a type-system definition and its <c>extend</c> form share one pair;
/// check <see cref="TypeDefinitionNode.IsExtension"/>), or <see cref="Enter(SyntaxNode)"/>/<see cref="Leave(SyntaxNode)"/>
/// for all of them. Returning false from an Enter skips that node's children and its Leave.
/// While a node is visited, <see cref="Ancestors"/> holds the nodes above it, root first.
/// </summary>
/// <remarks>Recursion depth follows the tree's depth, which the parser bounds (<see cref="ParserOptions.MaxDepth"/>).</remarks>
public abstract class SyntaxWalker
{
    private readonly List<SyntaxNode> _ancestors = new(32);

    /// <summary>The nodes enclosing the node being visited, from the root down to its parent.</summary>
    protected IReadOnlyList<SyntaxNode> Ancestors => _ancestors;

    /// <summary>The node directly enclosing the node being visited, null at the root.</summary>
    protected SyntaxNode? Parent => _ancestors.Count == 0 ? null : _ancestors[^1];

    /// <summary>Walks <paramref name="root"/> and everything below it.</summary>
    public void Walk(SyntaxNode root)
    {
        _ancestors.Clear();
        Visit(root);
    }

    private void Visit(SyntaxNode node)
    {
        if (!Enter(node)) return;
        _ancestors.Add(node);
        VisitChildren(node);
        _ancestors.RemoveAt(_ancestors.Count - 1);
        Leave(node);
    }

    private void VisitOptional(SyntaxNode? node)
    {
        if (node is not null) Visit(node);
    }

    private void VisitAll<T>(IReadOnlyList<T> nodes) where T : SyntaxNode
    {
        for (int i = 0; i < nodes.Count; i++) Visit(nodes[i]);
    }

    /// <summary>Called on entering every node; dispatches to the node kind's EnterX.</summary>
    protected virtual bool Enter(SyntaxNode node) => node switch
    {
        DocumentNode n => EnterDocument(n),
        OperationDefinitionNode n => EnterOperationDefinition(n),
        VariableDefinitionNode n => EnterVariableDefinition(n),
        SelectionSetNode n => EnterSelectionSet(n),
        FieldNode n => EnterField(n),
        ArgumentNode n => EnterArgument(n),
        FragmentSpreadNode n => EnterFragmentSpread(n),
        InlineFragmentNode n => EnterInlineFragment(n),
        FragmentDefinitionNode n => EnterFragmentDefinition(n),
        NameNode n => EnterName(n),
        VariableNode n => EnterVariable(n),
        IntValueNode n => EnterIntValue(n),
        FloatValueNode n => EnterFloatValue(n),
        StringValueNode n => EnterStringValue(n),
        BooleanValueNode n => EnterBooleanValue(n),
        NullValueNode n => EnterNullValue(n),
        EnumValueNode n => EnterEnumValue(n),
        ListValueNode n => EnterListValue(n),
        ObjectValueNode n => EnterObjectValue(n),
        ObjectFieldNode n => EnterObjectField(n),
        DirectiveNode n => EnterDirective(n),
        NamedTypeNode n => EnterNamedType(n),
        ListTypeNode n => EnterListType(n),
        NonNullTypeNode n => EnterNonNullType(n),
        SchemaDefinitionNode n => EnterSchemaDefinition(n),
        SchemaExtensionNode n => EnterSchemaExtension(n),
        OperationTypeDefinitionNode n => EnterOperationTypeDefinition(n),
        ScalarTypeDefinitionNode n => EnterScalarTypeDefinition(n),
        ObjectTypeDefinitionNode n => EnterObjectTypeDefinition(n),
        InterfaceTypeDefinitionNode n => EnterInterfaceTypeDefinition(n),
        UnionTypeDefinitionNode n => EnterUnionTypeDefinition(n),
        EnumTypeDefinitionNode n => EnterEnumTypeDefinition(n),
        InputObjectTypeDefinitionNode n => EnterInputObjectTypeDefinition(n),
        FieldDefinitionNode n => EnterFieldDefinition(n),
        InputValueDefinitionNode n => EnterInputValueDefinition(n),
        EnumValueDefinitionNode n => EnterEnumValueDefinition(n),
        DirectiveDefinitionNode n => EnterDirectiveDefinition(n),
        _ => true,
    };

    /// <summary>Called on leaving every node; dispatches to the node kind's LeaveX.</summary>
    protected virtual void Leave(SyntaxNode node)
    {
        switch (node)
        {
            case DocumentNode n: LeaveDocument(n); break;
            case OperationDefinitionNode n: LeaveOperationDefinition(n); break;
            case VariableDefinitionNode n: LeaveVariableDefinition(n); break;
            case SelectionSetNode n: LeaveSelectionSet(n); break;
            case FieldNode n: LeaveField(n); break;
            case ArgumentNode n: LeaveArgument(n); break;
            case FragmentSpreadNode n: LeaveFragmentSpread(n); break;
            case InlineFragmentNode n: LeaveInlineFragment(n); break;
            case FragmentDefinitionNode n: LeaveFragmentDefinition(n); break;
            case NameNode n: LeaveName(n); break;
            case VariableNode n: LeaveVariable(n); break;
            case IntValueNode n: LeaveIntValue(n); break;
            case FloatValueNode n: LeaveFloatValue(n); break;
            case StringValueNode n: LeaveStringValue(n); break;
            case BooleanValueNode n: LeaveBooleanValue(n); break;
            case NullValueNode n: LeaveNullValue(n); break;
            case EnumValueNode n: LeaveEnumValue(n); break;
            case ListValueNode n: LeaveListValue(n); break;
            case ObjectValueNode n: LeaveObjectValue(n); break;
            case ObjectFieldNode n: LeaveObjectField(n); break;
            case DirectiveNode n: LeaveDirective(n); break;
            case NamedTypeNode n: LeaveNamedType(n); break;
            case ListTypeNode n: LeaveListType(n); break;
            case NonNullTypeNode n: LeaveNonNullType(n); break;
            case SchemaDefinitionNode n: LeaveSchemaDefinition(n); break;
            case SchemaExtensionNode n: LeaveSchemaExtension(n); break;
            case OperationTypeDefinitionNode n: LeaveOperationTypeDefinition(n); break;
            case ScalarTypeDefinitionNode n: LeaveScalarTypeDefinition(n); break;
            case ObjectTypeDefinitionNode n: LeaveObjectTypeDefinition(n); break;
            case InterfaceTypeDefinitionNode n: LeaveInterfaceTypeDefinition(n); break;
            case UnionTypeDefinitionNode n: LeaveUnionTypeDefinition(n); break;
            case EnumTypeDefinitionNode n: LeaveEnumTypeDefinition(n); break;
            case InputObjectTypeDefinitionNode n: LeaveInputObjectTypeDefinition(n); break;
            case FieldDefinitionNode n: LeaveFieldDefinition(n); break;
            case InputValueDefinitionNode n: LeaveInputValueDefinition(n); break;
            case EnumValueDefinitionNode n: LeaveEnumValueDefinition(n); break;
            case DirectiveDefinitionNode n: LeaveDirectiveDefinition(n); break;
        }
    }

    protected virtual bool EnterDocument(DocumentNode node) => true;
    protected virtual void LeaveDocument(DocumentNode node) { }

    protected virtual bool EnterOperationDefinition(OperationDefinitionNode node) => true;
    protected virtual void LeaveOperationDefinition(OperationDefinitionNode node) { }

    protected virtual bool EnterVariableDefinition(VariableDefinitionNode node) => true;
    protected virtual void LeaveVariableDefinition(VariableDefinitionNode node) { }

    protected virtual bool EnterSelectionSet(SelectionSetNode node) => true;
    protected virtual void LeaveSelectionSet(SelectionSetNode node) { }

    protected virtual bool EnterField(FieldNode node) => true;
    protected virtual void LeaveField(FieldNode node) { }

    protected virtual bool EnterArgument(ArgumentNode node) => true;
    protected virtual void LeaveArgument(ArgumentNode node) { }

    protected virtual bool EnterFragmentSpread(FragmentSpreadNode node) => true;
    protected virtual void LeaveFragmentSpread(FragmentSpreadNode node) { }

    protected virtual bool EnterInlineFragment(InlineFragmentNode node) => true;
    protected virtual void LeaveInlineFragment(InlineFragmentNode node) { }

    protected virtual bool EnterFragmentDefinition(FragmentDefinitionNode node) => true;
    protected virtual void LeaveFragmentDefinition(FragmentDefinitionNode node) { }

    protected virtual bool EnterName(NameNode node) => true;
    protected virtual void LeaveName(NameNode node) { }

    protected virtual bool EnterVariable(VariableNode node) => true;
    protected virtual void LeaveVariable(VariableNode node) { }

    protected virtual bool EnterIntValue(IntValueNode node) => true;
    protected virtual void LeaveIntValue(IntValueNode node) { }

    protected virtual bool EnterFloatValue(FloatValueNode node) => true;
    protected virtual void LeaveFloatValue(FloatValueNode node) { }

    protected virtual bool EnterStringValue(StringValueNode node) => true;
    protected virtual void LeaveStringValue(StringValueNode node) { }

    protected virtual bool EnterBooleanValue(BooleanValueNode node) => true;
    protected virtual void LeaveBooleanValue(BooleanValueNode node) { }

    protected virtual bool EnterNullValue(NullValueNode node) => true;
    protected virtual void LeaveNullValue(NullValueNode node) { }

    protected virtual bool EnterEnumValue(EnumValueNode node) => true;
    protected virtual void LeaveEnumValue(EnumValueNode node) { }

    protected virtual bool EnterListValue(ListValueNode node) => true;
    protected virtual void LeaveListValue(ListValueNode node) { }

    protected virtual bool EnterObjectValue(ObjectValueNode node) => true;
    protected virtual void LeaveObjectValue(ObjectValueNode node) { }

    protected virtual bool EnterObjectField(ObjectFieldNode node) => true;
    protected virtual void LeaveObjectField(ObjectFieldNode node) { }

    protected virtual bool EnterDirective(DirectiveNode node) => true;
    protected virtual void LeaveDirective(DirectiveNode node) { }

    protected virtual bool EnterNamedType(NamedTypeNode node) => true;
    protected virtual void LeaveNamedType(NamedTypeNode node) { }

    protected virtual bool EnterListType(ListTypeNode node) => true;
    protected virtual void LeaveListType(ListTypeNode node) { }

    protected virtual bool EnterNonNullType(NonNullTypeNode node) => true;
    protected virtual void LeaveNonNullType(NonNullTypeNode node) { }

    protected virtual bool EnterSchemaDefinition(SchemaDefinitionNode node) => true;
    protected virtual void LeaveSchemaDefinition(SchemaDefinitionNode node) { }

    protected virtual bool EnterSchemaExtension(SchemaExtensionNode node) => true;
    protected virtual void LeaveSchemaExtension(SchemaExtensionNode node) { }

    protected virtual bool EnterOperationTypeDefinition(OperationTypeDefinitionNode node) => true;
    protected virtual void LeaveOperationTypeDefinition(OperationTypeDefinitionNode node) { }

    protected virtual bool EnterScalarTypeDefinition(ScalarTypeDefinitionNode node) => true;
    protected virtual void LeaveScalarTypeDefinition(ScalarTypeDefinitionNode node) { }

    protected virtual bool EnterObjectTypeDefinition(ObjectTypeDefinitionNode node) => true;
    protected virtual void LeaveObjectTypeDefinition(ObjectTypeDefinitionNode node) { }

    protected virtual bool EnterInterfaceTypeDefinition(InterfaceTypeDefinitionNode node) => true;
    protected virtual void LeaveInterfaceTypeDefinition(InterfaceTypeDefinitionNode node) { }

    protected virtual bool EnterUnionTypeDefinition(UnionTypeDefinitionNode node) => true;
    protected virtual void LeaveUnionTypeDefinition(UnionTypeDefinitionNode node) { }

    protected virtual bool EnterEnumTypeDefinition(EnumTypeDefinitionNode node) => true;
    protected virtual void LeaveEnumTypeDefinition(EnumTypeDefinitionNode node) { }

    protected virtual bool EnterInputObjectTypeDefinition(InputObjectTypeDefinitionNode node) => true;
    protected virtual void LeaveInputObjectTypeDefinition(InputObjectTypeDefinitionNode node) { }

    protected virtual bool EnterFieldDefinition(FieldDefinitionNode node) => true;
    protected virtual void LeaveFieldDefinition(FieldDefinitionNode node) { }

    protected virtual bool EnterInputValueDefinition(InputValueDefinitionNode node) => true;
    protected virtual void LeaveInputValueDefinition(InputValueDefinitionNode node) { }

    protected virtual bool EnterEnumValueDefinition(EnumValueDefinitionNode node) => true;
    protected virtual void LeaveEnumValueDefinition(EnumValueDefinitionNode node) { }

    protected virtual bool EnterDirectiveDefinition(DirectiveDefinitionNode node) => true;
    protected virtual void LeaveDirectiveDefinition(DirectiveDefinitionNode node) { }

    /// <summary>Children in the order graphql-js visits them (its <c>QueryDocumentKeys</c>).</summary>
    private void VisitChildren(SyntaxNode node)
    {
        switch (node)
        {
            case DocumentNode n: VisitAll(n.Definitions); break;
            case OperationDefinitionNode n:
                VisitOptional(n.Description); VisitOptional(n.Name); VisitAll(n.VariableDefinitions); VisitAll(n.Directives); Visit(n.SelectionSet);
                break;
            case VariableDefinitionNode n:
                VisitOptional(n.Description); Visit(n.Variable); Visit(n.Type); VisitOptional(n.DefaultValue); VisitAll(n.Directives);
                break;
            case VariableNode n: Visit(n.Name); break;
            case SelectionSetNode n: VisitAll(n.Selections); break;
            case FieldNode n:
                VisitOptional(n.Alias); Visit(n.Name); VisitAll(n.Arguments); VisitAll(n.Directives); VisitOptional(n.SelectionSet);
                break;
            case ArgumentNode n: Visit(n.Name); Visit(n.Value); break;
            case FragmentSpreadNode n: Visit(n.Name); VisitAll(n.Directives); break;
            case InlineFragmentNode n: VisitOptional(n.TypeCondition); VisitAll(n.Directives); Visit(n.SelectionSet); break;
            case FragmentDefinitionNode n:
                VisitOptional(n.Description); Visit(n.Name); Visit(n.TypeCondition); VisitAll(n.Directives); Visit(n.SelectionSet);
                break;
            case ListValueNode n: VisitAll(n.Values); break;
            case ObjectValueNode n: VisitAll(n.Fields); break;
            case ObjectFieldNode n: Visit(n.Name); Visit(n.Value); break;
            case DirectiveNode n: Visit(n.Name); VisitAll(n.Arguments); break;
            case NamedTypeNode n: Visit(n.Name); break;
            case ListTypeNode n: Visit(n.Type); break;
            case NonNullTypeNode n: Visit(n.Type); break;
            case SchemaDefinitionNode n: VisitOptional(n.Description); VisitAll(n.Directives); VisitAll(n.OperationTypes); break;
            case SchemaExtensionNode n: VisitAll(n.Directives); VisitAll(n.OperationTypes); break;
            case OperationTypeDefinitionNode n: Visit(n.Type); break;
            case ScalarTypeDefinitionNode n: VisitOptional(n.Description); Visit(n.Name); VisitAll(n.Directives); break;
            case ObjectTypeDefinitionNode n:
                VisitOptional(n.Description); Visit(n.Name); VisitAll(n.Interfaces); VisitAll(n.Directives); VisitAll(n.Fields);
                break;
            case InterfaceTypeDefinitionNode n:
                VisitOptional(n.Description); Visit(n.Name); VisitAll(n.Interfaces); VisitAll(n.Directives); VisitAll(n.Fields);
                break;
            case UnionTypeDefinitionNode n: VisitOptional(n.Description); Visit(n.Name); VisitAll(n.Directives); VisitAll(n.Types); break;
            case EnumTypeDefinitionNode n: VisitOptional(n.Description); Visit(n.Name); VisitAll(n.Directives); VisitAll(n.Values); break;
            case InputObjectTypeDefinitionNode n: VisitOptional(n.Description); Visit(n.Name); VisitAll(n.Directives); VisitAll(n.Fields); break;
            case FieldDefinitionNode n:
                VisitOptional(n.Description); Visit(n.Name); VisitAll(n.Arguments); Visit(n.Type); VisitAll(n.Directives);
                break;
            case InputValueDefinitionNode n:
                VisitOptional(n.Description); Visit(n.Name); Visit(n.Type); VisitOptional(n.DefaultValue); VisitAll(n.Directives);
                break;
            case EnumValueDefinitionNode n: VisitOptional(n.Description); Visit(n.Name); VisitAll(n.Directives); break;
            case DirectiveDefinitionNode n: VisitOptional(n.Description); Visit(n.Name); VisitAll(n.Arguments); VisitAll(n.Locations); break;
        }
    }
}
