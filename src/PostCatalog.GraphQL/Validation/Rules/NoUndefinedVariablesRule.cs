using PostCatalog.GraphQL.Language;

namespace PostCatalog.GraphQL.Validation.Rules;

/// <summary>
/// All Variable Uses Defined (spec 5.8.3): every variable an operation uses, in its own selections or in the
/// fragments it reaches, is defined by that operation.
/// </summary>
public sealed class NoUndefinedVariablesRule : ValidationRule
{
    protected override string SpecSection => "sec-All-Variable-Uses-Defined";

    public override ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context, this);

    private sealed class Visitor(ValidationContext context, IValidationRule rule) : ValidationVisitor(context, rule)
    {
        private readonly HashSet<string> _defined = new(StringComparer.Ordinal);

        public override VisitAction EnterOperationDefinition(OperationDefinitionNode node)
        {
            _defined.Clear();
            return VisitAction.Continue;
        }

        public override VisitAction EnterVariableDefinition(VariableDefinitionNode node)
        {
            _defined.Add(node.Variable.Name.Value);
            return VisitAction.Continue;
        }

        public override void LeaveOperationDefinition(OperationDefinitionNode operation)
        {
            foreach (var usage in Context.GetRecursiveVariableUsages(operation))
            {
                var name = usage.Node.Name.Value;
                if (_defined.Contains(name)) continue;
                ReportError(
                    operation.Name is { } operationName
                        ? $"Variable \"${name}\" is not defined by operation \"{operationName.Value}\"."
                        : $"Variable \"${name}\" is not defined.",
                    usage.Node,
                    operation);
            }
        }
    }
}
