using PostCatalog.GraphQL.Language;

namespace PostCatalog.GraphQL.Validation.Rules;

/// <summary>Fragment Name Uniqueness (spec 5.5.1.1): no two fragments share a name.</summary>
public sealed class UniqueFragmentNamesRule : ValidationRule
{
    protected override string SpecSection => "sec-Fragment-Name-Uniqueness";

    public override ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context, this);

    private sealed class Visitor(ValidationContext context, IValidationRule rule) : ValidationVisitor(context, rule)
    {
        private readonly Dictionary<string, NameNode> _knownNames = new(StringComparer.Ordinal);

        public override VisitAction EnterOperationDefinition(OperationDefinitionNode node) => VisitAction.Skip;

        public override VisitAction EnterFragmentDefinition(FragmentDefinitionNode node)
        {
            var name = node.Name;
            if (_knownNames.TryGetValue(name.Value, out var first))
            {
                ReportError($"There can be only one fragment named \"{name.Value}\".", first, name);
            }
            else
            {
                _knownNames[name.Value] = name;
            }

            return VisitAction.Skip;
        }
    }
}
