using PostCatalog.GraphQL.Language;

namespace PostCatalog.GraphQL.Validation.Rules;

/// <summary>Operation Name Uniqueness (spec 5.2.1.1): no two operations share a name.</summary>
public sealed class UniqueOperationNamesRule : ValidationRule
{
    protected override string SpecSection => "sec-Operation-Name-Uniqueness";

    public override ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context, this);

    private sealed class Visitor(ValidationContext context, IValidationRule rule) : ValidationVisitor(context, rule)
    {
        private readonly Dictionary<string, NameNode> _knownNames = new(StringComparer.Ordinal);

        public override VisitAction EnterOperationDefinition(OperationDefinitionNode node)
        {
            if (node.Name is { } name)
            {
                if (_knownNames.TryGetValue(name.Value, out var first))
                {
                    ReportError($"There can be only one operation named \"{name.Value}\".", first, name);
                }
                else
                {
                    _knownNames[name.Value] = name;
                }
            }

            return VisitAction.Skip;
        }

        public override VisitAction EnterFragmentDefinition(FragmentDefinitionNode node) => VisitAction.Skip;
    }
}
