using PostCatalog.GraphQL.Language;

namespace PostCatalog.GraphQL.Validation.Rules;

/// <summary>
/// All Variables Used (spec 5.8.4): every variable an operation defines is used, in its own selections or in
/// the fragments it reaches.
/// </summary>
public sealed class NoUnusedVariablesRule : ValidationRule
{
    protected override string SpecSection => "sec-All-Variables-Used";

    public override ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context, this);

    private sealed class Visitor(ValidationContext context, IValidationRule rule) : ValidationVisitor(context, rule)
    {
        private readonly List<VariableDefinitionNode> _definitions = [];

        public override VisitAction EnterOperationDefinition(OperationDefinitionNode node)
        {
            _definitions.Clear();
            return VisitAction.Continue;
        }

        public override VisitAction EnterVariableDefinition(VariableDefinitionNode node)
        {
            _definitions.Add(node);
            return VisitAction.Continue;
        }

        public override void LeaveOperationDefinition(OperationDefinitionNode operation)
        {
            var used = Context.GetRecursiveVariableUsages(operation)
                .Select(usage => usage.Node.Name.Value)
                .ToHashSet(StringComparer.Ordinal);
            foreach (var definition in _definitions)
            {
                var name = definition.Variable.Name.Value;
                if (used.Contains(name)) continue;
                ReportError(
                    operation.Name is { } operationName
                        ? $"Variable \"${name}\" is never used in operation \"{operationName.Value}\"."
                        : $"Variable \"${name}\" is never used.",
                    definition);
            }
        }
    }
}
