using PostCatalog.GraphQL.Language;

namespace PostCatalog.GraphQL.Validation.Rules;

/// <summary>Fragment Spread Target Defined (spec 5.5.2.1): every named spread refers to a fragment of the document.</summary>
public sealed class KnownFragmentNamesRule : ValidationRule
{
    protected override string SpecSection => "sec-Fragment-spread-target-defined";

    public override ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context, this);

    private sealed class Visitor(ValidationContext context, IValidationRule rule) : ValidationVisitor(context, rule)
    {
        public override VisitAction EnterFragmentSpread(FragmentSpreadNode node)
        {
            if (Context.GetFragment(node.Name.Value) is null)
            {
                ReportError($"Unknown fragment \"{node.Name.Value}\".", node.Name);
            }

            return VisitAction.Continue;
        }
    }
}
