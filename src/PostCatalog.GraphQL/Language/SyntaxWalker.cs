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
    protected virtual bool Enter(SyntaxNode node)
    {
        // Switching on the kind (a jump table) is cheaper than testing the node's type against every class.
        switch (node.Kind)
        {
            case SyntaxKind.Document: return EnterDocument((DocumentNode)node);
            case SyntaxKind.OperationDefinition: return EnterOperationDefinition((OperationDefinitionNode)node);
            case SyntaxKind.VariableDefinition: return EnterVariableDefinition((VariableDefinitionNode)node);
            case SyntaxKind.SelectionSet: return EnterSelectionSet((SelectionSetNode)node);
            case SyntaxKind.Field: return EnterField((FieldNode)node);
            case SyntaxKind.Argument: return EnterArgument((ArgumentNode)node);
            case SyntaxKind.FragmentSpread: return EnterFragmentSpread((FragmentSpreadNode)node);
            case SyntaxKind.InlineFragment: return EnterInlineFragment((InlineFragmentNode)node);
            case SyntaxKind.FragmentDefinition: return EnterFragmentDefinition((FragmentDefinitionNode)node);
            case SyntaxKind.Name: return EnterName((NameNode)node);
            case SyntaxKind.Variable: return EnterVariable((VariableNode)node);
            case SyntaxKind.IntValue: return EnterIntValue((IntValueNode)node);
            case SyntaxKind.FloatValue: return EnterFloatValue((FloatValueNode)node);
            case SyntaxKind.StringValue: return EnterStringValue((StringValueNode)node);
            case SyntaxKind.BooleanValue: return EnterBooleanValue((BooleanValueNode)node);
            case SyntaxKind.NullValue: return EnterNullValue((NullValueNode)node);
            case SyntaxKind.EnumValue: return EnterEnumValue((EnumValueNode)node);
            case SyntaxKind.ListValue: return EnterListValue((ListValueNode)node);
            case SyntaxKind.ObjectValue: return EnterObjectValue((ObjectValueNode)node);
            case SyntaxKind.ObjectField: return EnterObjectField((ObjectFieldNode)node);
            case SyntaxKind.Directive: return EnterDirective((DirectiveNode)node);
            case SyntaxKind.NamedType: return EnterNamedType((NamedTypeNode)node);
            case SyntaxKind.ListType: return EnterListType((ListTypeNode)node);
            case SyntaxKind.NonNullType: return EnterNonNullType((NonNullTypeNode)node);
            case SyntaxKind.SchemaDefinition: return EnterSchemaDefinition((SchemaDefinitionNode)node);
            case SyntaxKind.SchemaExtension: return EnterSchemaExtension((SchemaExtensionNode)node);
            case SyntaxKind.OperationTypeDefinition: return EnterOperationTypeDefinition((OperationTypeDefinitionNode)node);
            case SyntaxKind.ScalarTypeDefinition: case SyntaxKind.ScalarTypeExtension: return EnterScalarTypeDefinition((ScalarTypeDefinitionNode)node);
            case SyntaxKind.ObjectTypeDefinition: case SyntaxKind.ObjectTypeExtension: return EnterObjectTypeDefinition((ObjectTypeDefinitionNode)node);
            case SyntaxKind.InterfaceTypeDefinition: case SyntaxKind.InterfaceTypeExtension: return EnterInterfaceTypeDefinition((InterfaceTypeDefinitionNode)node);
            case SyntaxKind.UnionTypeDefinition: case SyntaxKind.UnionTypeExtension: return EnterUnionTypeDefinition((UnionTypeDefinitionNode)node);
            case SyntaxKind.EnumTypeDefinition: case SyntaxKind.EnumTypeExtension: return EnterEnumTypeDefinition((EnumTypeDefinitionNode)node);
            case SyntaxKind.InputObjectTypeDefinition: case SyntaxKind.InputObjectTypeExtension: return EnterInputObjectTypeDefinition((InputObjectTypeDefinitionNode)node);
            case SyntaxKind.FieldDefinition: return EnterFieldDefinition((FieldDefinitionNode)node);
            case SyntaxKind.InputValueDefinition: return EnterInputValueDefinition((InputValueDefinitionNode)node);
            case SyntaxKind.EnumValueDefinition: return EnterEnumValueDefinition((EnumValueDefinitionNode)node);
            case SyntaxKind.DirectiveDefinition: return EnterDirectiveDefinition((DirectiveDefinitionNode)node);
            default: return true;
        }
    }

    /// <summary>Called on leaving every node; dispatches to the node kind's LeaveX.</summary>
    protected virtual void Leave(SyntaxNode node)
    {
        switch (node.Kind)
        {
            case SyntaxKind.Document: LeaveDocument((DocumentNode)node); break;
            case SyntaxKind.OperationDefinition: LeaveOperationDefinition((OperationDefinitionNode)node); break;
            case SyntaxKind.VariableDefinition: LeaveVariableDefinition((VariableDefinitionNode)node); break;
            case SyntaxKind.SelectionSet: LeaveSelectionSet((SelectionSetNode)node); break;
            case SyntaxKind.Field: LeaveField((FieldNode)node); break;
            case SyntaxKind.Argument: LeaveArgument((ArgumentNode)node); break;
            case SyntaxKind.FragmentSpread: LeaveFragmentSpread((FragmentSpreadNode)node); break;
            case SyntaxKind.InlineFragment: LeaveInlineFragment((InlineFragmentNode)node); break;
            case SyntaxKind.FragmentDefinition: LeaveFragmentDefinition((FragmentDefinitionNode)node); break;
            case SyntaxKind.Name: LeaveName((NameNode)node); break;
            case SyntaxKind.Variable: LeaveVariable((VariableNode)node); break;
            case SyntaxKind.IntValue: LeaveIntValue((IntValueNode)node); break;
            case SyntaxKind.FloatValue: LeaveFloatValue((FloatValueNode)node); break;
            case SyntaxKind.StringValue: LeaveStringValue((StringValueNode)node); break;
            case SyntaxKind.BooleanValue: LeaveBooleanValue((BooleanValueNode)node); break;
            case SyntaxKind.NullValue: LeaveNullValue((NullValueNode)node); break;
            case SyntaxKind.EnumValue: LeaveEnumValue((EnumValueNode)node); break;
            case SyntaxKind.ListValue: LeaveListValue((ListValueNode)node); break;
            case SyntaxKind.ObjectValue: LeaveObjectValue((ObjectValueNode)node); break;
            case SyntaxKind.ObjectField: LeaveObjectField((ObjectFieldNode)node); break;
            case SyntaxKind.Directive: LeaveDirective((DirectiveNode)node); break;
            case SyntaxKind.NamedType: LeaveNamedType((NamedTypeNode)node); break;
            case SyntaxKind.ListType: LeaveListType((ListTypeNode)node); break;
            case SyntaxKind.NonNullType: LeaveNonNullType((NonNullTypeNode)node); break;
            case SyntaxKind.SchemaDefinition: LeaveSchemaDefinition((SchemaDefinitionNode)node); break;
            case SyntaxKind.SchemaExtension: LeaveSchemaExtension((SchemaExtensionNode)node); break;
            case SyntaxKind.OperationTypeDefinition: LeaveOperationTypeDefinition((OperationTypeDefinitionNode)node); break;
            case SyntaxKind.ScalarTypeDefinition: case SyntaxKind.ScalarTypeExtension: LeaveScalarTypeDefinition((ScalarTypeDefinitionNode)node); break;
            case SyntaxKind.ObjectTypeDefinition: case SyntaxKind.ObjectTypeExtension: LeaveObjectTypeDefinition((ObjectTypeDefinitionNode)node); break;
            case SyntaxKind.InterfaceTypeDefinition: case SyntaxKind.InterfaceTypeExtension: LeaveInterfaceTypeDefinition((InterfaceTypeDefinitionNode)node); break;
            case SyntaxKind.UnionTypeDefinition: case SyntaxKind.UnionTypeExtension: LeaveUnionTypeDefinition((UnionTypeDefinitionNode)node); break;
            case SyntaxKind.EnumTypeDefinition: case SyntaxKind.EnumTypeExtension: LeaveEnumTypeDefinition((EnumTypeDefinitionNode)node); break;
            case SyntaxKind.InputObjectTypeDefinition: case SyntaxKind.InputObjectTypeExtension: LeaveInputObjectTypeDefinition((InputObjectTypeDefinitionNode)node); break;
            case SyntaxKind.FieldDefinition: LeaveFieldDefinition((FieldDefinitionNode)node); break;
            case SyntaxKind.InputValueDefinition: LeaveInputValueDefinition((InputValueDefinitionNode)node); break;
            case SyntaxKind.EnumValueDefinition: LeaveEnumValueDefinition((EnumValueDefinitionNode)node); break;
            case SyntaxKind.DirectiveDefinition: LeaveDirectiveDefinition((DirectiveDefinitionNode)node); break;
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
