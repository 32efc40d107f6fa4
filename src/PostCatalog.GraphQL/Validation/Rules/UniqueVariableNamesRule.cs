using PostCatalog.GraphQL.Language;

namespace PostCatalog.GraphQL.Validation.Rules;

/// <summary>Variable Uniqueness (spec 5.8.1): an operation defines each variable once.</summary>
public sealed class UniqueVariableNamesRule : ValidationRule
{
    protected override string SpecSection => "sec-Variable-Uniqueness";

    public override ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context, this);

    private sealed class Visitor(ValidationContext context, IValidationRule rule) : ValidationVisitor(context, rule)
    {
        public override VisitAction EnterOperationDefinition(OperationDefinitionNode node)
        {
            // One error per repeated name, locating every definition of it.
            foreach (var group in node.VariableDefinitions.GroupBy(definition => definition.Variable.Name.Value))
            {
                if (group.Count() > 1)
                {
                    ReportError(
                        $"There can be only one variable named \"${group.Key}\".",
                        group.Select(definition => definition.Variable.Name));
                }
            }

            return VisitAction.Continue;
        }
    }
}
