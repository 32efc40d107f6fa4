using PostCatalog.GraphQL.Language;

namespace PostCatalog.GraphQL.Validation.Rules;

/// <summary>Argument Uniqueness (spec 5.4.2): a field or directive is given each argument once.</summary>
public sealed class UniqueArgumentNamesRule : ValidationRule
{
    protected override string SpecSection => "sec-Argument-Uniqueness";

    public override ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context, this);

    private sealed class Visitor(ValidationContext context, IValidationRule rule) : ValidationVisitor(context, rule)
    {
        public override VisitAction EnterField(FieldNode node)
        {
            CheckUniqueness(node.Arguments);
            return VisitAction.Continue;
        }

        public override VisitAction EnterDirective(DirectiveNode node)
        {
            CheckUniqueness(node.Arguments);
            return VisitAction.Continue;
        }

        private void CheckUniqueness(IReadOnlyList<ArgumentNode> arguments)
        {
            foreach (var group in arguments.GroupBy(argument => argument.Name.Value))
            {
                if (group.Count() > 1)
                {
                    ReportError(
                        $"There can be only one argument named \"{group.Key}\".",
                        group.Select(argument => argument.Name));
                }
            }
        }
    }
}
