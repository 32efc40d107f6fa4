using PostCatalog.GraphQL.Language;
using PostCatalog.GraphQL.Types;

namespace PostCatalog.GraphQL.Validation.Rules;

/// <summary>
/// Fragments On Composite Types (spec 5.5.1.3): a fragment's type condition is an object, interface or union.
/// Unknown types are left to <see cref="KnownTypeNamesRule"/>.
/// </summary>
public sealed class FragmentsOnCompositeTypesRule : ValidationRule
{
    protected override string SpecSection => "sec-Fragments-On-Composite-Types";

    public override ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context, this);

    private sealed class Visitor(ValidationContext context, IValidationRule rule) : ValidationVisitor(context, rule)
    {
        public override VisitAction EnterInlineFragment(InlineFragmentNode node)
        {
            if (node.TypeCondition is { } typeCondition && IsNonComposite(typeCondition))
            {
                ReportError(
                    $"Fragment cannot condition on non composite type \"{Printer.Print(typeCondition)}\".",
                    typeCondition);
            }

            return VisitAction.Continue;
        }

        public override VisitAction EnterFragmentDefinition(FragmentDefinitionNode node)
        {
            if (IsNonComposite(node.TypeCondition))
            {
                ReportError(
                    $"Fragment \"{node.Name.Value}\" cannot condition on non composite type \"{Printer.Print(node.TypeCondition)}\".",
                    node.TypeCondition);
            }

            return VisitAction.Continue;
        }

        private bool IsNonComposite(NamedTypeNode typeCondition) =>
            MetaFields.TypeFromAst(Context.Schema, typeCondition) is { } type && !type.IsCompositeType();
    }
}
