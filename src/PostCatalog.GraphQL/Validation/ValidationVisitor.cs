using PostCatalog.GraphQL.Language;
using PostCatalog.GraphQL.Types;

namespace PostCatalog.GraphQL.Validation;

/// <summary>
/// What a rule does while the document is walked: override the Enter/Leave methods of the nodes the rule
/// cares about (graphql-js: the keys of the visitor object). Every visitor sees every node in document order,
/// with <see cref="ValidationContext"/> describing where the walk is (types, field, argument, ancestors).
/// </summary>
public abstract class ValidationVisitor : ISyntaxVisitor
{
    protected ValidationVisitor(ValidationContext context, IValidationRule rule)
    {
        Context = context;
        Rule = rule;
    }

    protected ValidationContext Context { get; }

    protected IValidationRule Rule { get; }

    /// <summary>Reports a violation of this visitor's rule located at <paramref name="nodes"/> (in that order).</summary>
    protected void ReportError(string message, params IEnumerable<SyntaxNode?> nodes)
    {
        var builder = ErrorBuilder.New().SetMessage(message);
        foreach (var node in nodes) builder.AddLocation(node);
        builder.SetCode(Rule.Code);
        if (Rule.SpecifiedBy is { } specifiedBy) builder.SetExtension("specifiedBy", specifiedBy);
        Context.ReportError(builder.Build());
    }

    /// <summary>Called on entering any node; dispatches to the typed method. Override to see every node.</summary>
    public virtual VisitAction Enter(SyntaxNode node) => node switch
    {
        DocumentNode n => EnterDocument(n),
        OperationDefinitionNode n => EnterOperationDefinition(n),
        VariableDefinitionNode n => EnterVariableDefinition(n),
        SelectionSetNode n => EnterSelectionSet(n),
        FieldNode n => EnterField(n),
        FragmentSpreadNode n => EnterFragmentSpread(n),
        InlineFragmentNode n => EnterInlineFragment(n),
        FragmentDefinitionNode n => EnterFragmentDefinition(n),
        ArgumentNode n => EnterArgument(n),
        DirectiveNode n => EnterDirective(n),
        VariableNode n => EnterVariable(n),
        ListValueNode n => EnterListValue(n),
        ObjectValueNode n => EnterObjectValue(n),
        ObjectFieldNode n => EnterObjectField(n),
        ValueNode n => EnterScalarValue(n),
        NamedTypeNode n => EnterNamedType(n),
        _ => VisitAction.Continue,
    };

    /// <summary>Called on leaving any node whose children were visited; dispatches to the typed method.</summary>
    public virtual void Leave(SyntaxNode node)
    {
        switch (node)
        {
            case DocumentNode n: LeaveDocument(n); break;
            case OperationDefinitionNode n: LeaveOperationDefinition(n); break;
            case VariableDefinitionNode n: LeaveVariableDefinition(n); break;
            case SelectionSetNode n: LeaveSelectionSet(n); break;
            case FieldNode n: LeaveField(n); break;
            case InlineFragmentNode n: LeaveInlineFragment(n); break;
            case FragmentDefinitionNode n: LeaveFragmentDefinition(n); break;
            case ArgumentNode n: LeaveArgument(n); break;
            case DirectiveNode n: LeaveDirective(n); break;
            case ListValueNode n: LeaveListValue(n); break;
            case ObjectValueNode n: LeaveObjectValue(n); break;
            case ObjectFieldNode n: LeaveObjectField(n); break;
        }
    }

    public virtual VisitAction EnterDocument(DocumentNode node) => VisitAction.Continue;
    public virtual void LeaveDocument(DocumentNode node) { }

    public virtual VisitAction EnterOperationDefinition(OperationDefinitionNode node) => VisitAction.Continue;
    public virtual void LeaveOperationDefinition(OperationDefinitionNode node) { }

    public virtual VisitAction EnterVariableDefinition(VariableDefinitionNode node) => VisitAction.Continue;
    public virtual void LeaveVariableDefinition(VariableDefinitionNode node) { }

    public virtual VisitAction EnterSelectionSet(SelectionSetNode node) => VisitAction.Continue;
    public virtual void LeaveSelectionSet(SelectionSetNode node) { }

    public virtual VisitAction EnterField(FieldNode node) => VisitAction.Continue;
    public virtual void LeaveField(FieldNode node) { }

    public virtual VisitAction EnterFragmentSpread(FragmentSpreadNode node) => VisitAction.Continue;

    public virtual VisitAction EnterInlineFragment(InlineFragmentNode node) => VisitAction.Continue;
    public virtual void LeaveInlineFragment(InlineFragmentNode node) { }

    public virtual VisitAction EnterFragmentDefinition(FragmentDefinitionNode node) => VisitAction.Continue;
    public virtual void LeaveFragmentDefinition(FragmentDefinitionNode node) { }

    public virtual VisitAction EnterArgument(ArgumentNode node) => VisitAction.Continue;
    public virtual void LeaveArgument(ArgumentNode node) { }

    public virtual VisitAction EnterDirective(DirectiveNode node) => VisitAction.Continue;
    public virtual void LeaveDirective(DirectiveNode node) { }

    public virtual VisitAction EnterVariable(VariableNode node) => VisitAction.Continue;

    public virtual VisitAction EnterListValue(ListValueNode node) => VisitAction.Continue;
    public virtual void LeaveListValue(ListValueNode node) { }

    public virtual VisitAction EnterObjectValue(ObjectValueNode node) => VisitAction.Continue;
    public virtual void LeaveObjectValue(ObjectValueNode node) { }

    public virtual VisitAction EnterObjectField(ObjectFieldNode node) => VisitAction.Continue;
    public virtual void LeaveObjectField(ObjectFieldNode node) { }

    /// <summary>Int, Float, String, Boolean, Null and Enum literals.</summary>
    public virtual VisitAction EnterScalarValue(ValueNode node) => VisitAction.Continue;

    public virtual VisitAction EnterNamedType(NamedTypeNode node) => VisitAction.Continue;
}
