using PostCatalog.GraphQL.Language;
using PostCatalog.GraphQL.Types;

namespace PostCatalog.GraphQL.Validation;

/// <summary>
/// Where the walk is in the schema (graphql-js's <c>TypeInfo</c>): the output type and field being selected,
/// the composite type whose selection set we are in, the input type expected at a value, and the directive
/// and argument being read. <see cref="ValidationWalker"/> calls <see cref="Enter"/> before the visitors see a
/// node and <see cref="Leave"/> after. Anything the schema does not know is null, so rules stay quiet about
/// the subtree of an unknown field and let the rule that owns the mistake report it once.
/// </summary>
public sealed class TypeInfo
{
    private readonly Schema _schema;
    private readonly List<IOutputType?> _typeStack = [];
    private readonly List<ICompositeType?> _parentTypeStack = [];
    private readonly List<IInputType?> _inputTypeStack = [];
    private readonly List<OutputField?> _fieldDefinitionStack = [];
    private readonly List<ValueNode?> _defaultValueStack = [];

    public TypeInfo(Schema schema)
    {
        _schema = schema;
    }

    /// <summary>The output type of the current field, fragment or operation.</summary>
    public IOutputType? Type => Peek(_typeStack);

    /// <summary>The composite type whose selection set contains the current selection.</summary>
    public ICompositeType? ParentType => Peek(_parentTypeStack);

    /// <summary>The input type expected where the walk is: variable definition, argument, list item, input field.</summary>
    public IInputType? InputType => Peek(_inputTypeStack);

    /// <summary>The input type around <see cref="InputType"/>, e.g. the input object of an input field.</summary>
    public IInputType? ParentInputType => _inputTypeStack.Count > 1 ? _inputTypeStack[^2] : null;

    /// <summary>The definition of the current field.</summary>
    public OutputField? FieldDefinition => Peek(_fieldDefinitionStack);

    /// <summary>The default value of the argument or input field at the current position, if it has one.</summary>
    public ValueNode? DefaultValue => Peek(_defaultValueStack);

    /// <summary>The definition of the directive being read.</summary>
    public DirectiveDefinition? Directive { get; private set; }

    /// <summary>The definition of the argument being read (of the current directive, else of the current field).</summary>
    public Argument? Argument { get; private set; }

    /// <summary>The definition of the enum value being read.</summary>
    public EnumValue? EnumValue { get; private set; }

    public void Enter(SyntaxNode node)
    {
        switch (node)
        {
            case SelectionSetNode:
                _parentTypeStack.Add(Type?.NamedType() as ICompositeType);
                break;
            case FieldNode field:
                EnterField(field);
                break;
            case DirectiveNode directive:
                Directive = _schema.GetDirective(directive.Name.Value);
                break;
            case OperationDefinitionNode operation:
                _typeStack.Add(_schema.GetRootType(operation.Operation));
                break;
            case InlineFragmentNode inline:
                EnterFragment(inline.TypeCondition);
                break;
            case FragmentDefinitionNode fragment:
                EnterFragment(fragment.TypeCondition);
                break;
            case VariableDefinitionNode variable:
                _inputTypeStack.Add(AsInputType(MetaFields.TypeFromAst(_schema, variable.Type)));
                break;
            case ArgumentNode argument:
                EnterArgument(argument);
                break;
            case ListValueNode:
                var listType = InputType?.NullableType();
                var itemType = listType is ListType list ? list.OfType : listType;
                // List items never have a default value.
                _defaultValueStack.Add(null);
                _inputTypeStack.Add(AsInputType(itemType));
                break;
            case ObjectFieldNode objectField:
                var inputField = (InputType?.NamedType() as InputObjectType)?.GetField(objectField.Name.Value);
                _defaultValueStack.Add(inputField?.DefaultValueSyntax);
                _inputTypeStack.Add(AsInputType(inputField?.Type));
                break;
            case EnumValueNode enumValue:
                EnumValue = (InputType?.NamedType() as EnumType)?.GetValue(enumValue.Value);
                break;
        }
    }

    public void Leave(SyntaxNode node)
    {
        switch (node)
        {
            case SelectionSetNode:
                Pop(_parentTypeStack);
                break;
            case FieldNode:
                Pop(_fieldDefinitionStack);
                Pop(_typeStack);
                break;
            case DirectiveNode:
                Directive = null;
                break;
            case OperationDefinitionNode or InlineFragmentNode or FragmentDefinitionNode:
                Pop(_typeStack);
                break;
            case VariableDefinitionNode:
                Pop(_inputTypeStack);
                break;
            case ArgumentNode:
                Argument = null;
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case ListValueNode or ObjectFieldNode:
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case EnumValueNode:
                EnumValue = null;
                break;
        }
    }

    private void EnterField(FieldNode field)
    {
        var fieldDefinition = ParentType is { } parentType ? FindField(parentType, field.Name.Value) : null;
        _fieldDefinitionStack.Add(fieldDefinition);
        _typeStack.Add(fieldDefinition?.Type is { } type && type.IsOutputType() ? type : null);
    }

    /// <summary>graphql-js getFieldDef: meta fields first, then the fields of an object or interface (unions have none).</summary>
    private OutputField? FindField(ICompositeType parentType, string name) =>
        MetaFields.Find(_schema, parentType, name)
        ?? (parentType as IComplexOutputType)?.GetField(name);

    private void EnterFragment(NamedTypeNode? typeCondition)
    {
        var type = typeCondition is null ? Type?.NamedType() : MetaFields.TypeFromAst(_schema, typeCondition);
        _typeStack.Add(type is IOutputType output && type.IsOutputType() ? output : null);
    }

    private void EnterArgument(ArgumentNode argument)
    {
        var arguments = Directive?.Arguments ?? FieldDefinition?.Arguments;
        var definition = arguments?.Find(argument.Name.Value);
        Argument = definition;
        _defaultValueStack.Add(definition?.DefaultValueSyntax);
        _inputTypeStack.Add(AsInputType(definition?.Type));
    }

    private static IInputType? AsInputType(IType? type) => type is IInputType input && type.IsInputType() ? input : null;

    private static T? Peek<T>(List<T?> stack) where T : class => stack.Count == 0 ? null : stack[^1];

    private static void Pop<T>(List<T> stack)
    {
        if (stack.Count > 0) stack.RemoveAt(stack.Count - 1);
    }
}
