using PostCatalog.GraphQL.Language;
using PostCatalog.GraphQL.Types;

namespace PostCatalog.GraphQL.Validation.Rules;

/// <summary>
/// Fragment Spread Is Possible (spec 5.5.2.3): a fragment is spread only where some object could be both of the
/// fragment's type and of the type of the selection set it is spread into.
/// </summary>
public sealed class PossibleFragmentSpreadsRule : ValidationRule
{
    protected override string SpecSection => "sec-Fragment-spread-is-possible";

    public override ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context, this);

    private sealed class Visitor(ValidationContext context, IValidationRule rule) : ValidationVisitor(context, rule)
    {
        public override VisitAction EnterInlineFragment(InlineFragmentNode node)
        {
            if (Context.Type is ICompositeType fragmentType
                && Context.ParentType is { } parentType
                && !Context.Schema.DoTypesOverlap(fragmentType, parentType))
            {
                ReportError(
                    $"Fragment cannot be spread here as objects of type \"{parentType.Name}\" can never be of type \"{fragmentType.Name}\".",
                    node);
            }

            return VisitAction.Continue;
        }

        public override VisitAction EnterFragmentSpread(FragmentSpreadNode node)
        {
            var name = node.Name.Value;
            if (FragmentType(name) is { } fragmentType
                && Context.ParentType is { } parentType
                && !Context.Schema.DoTypesOverlap(fragmentType, parentType))
            {
                ReportError(
                    $"Fragment \"{name}\" cannot be spread here as objects of type \"{parentType.Name}\" can never be of type \"{fragmentType.Name}\".",
                    node);
            }

            return VisitAction.Continue;
        }

        private ICompositeType? FragmentType(string name) =>
            Context.GetFragment(name) is { } fragment
                ? MetaFields.TypeFromAst(Context.Schema, fragment.TypeCondition) as ICompositeType
                : null;
    }
}
