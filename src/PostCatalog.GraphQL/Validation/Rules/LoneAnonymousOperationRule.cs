using PostCatalog.GraphQL.Language;

namespace PostCatalog.GraphQL.Validation.Rules;

/// <summary>Lone Anonymous Operation (spec 5.2.2.1): an operation without a name must be the document's only operation.</summary>
public sealed class LoneAnonymousOperationRule : ValidationRule
{
    protected override string SpecSection => "sec-Lone-Anonymous-Operation";

    public override ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context, this);

    private sealed class Visitor(ValidationContext context, IValidationRule rule) : ValidationVisitor(context, rule)
    {
        private int _operationCount;

        public override VisitAction EnterDocument(DocumentNode node)
        {
            _operationCount = node.Definitions.Count(definition => definition is OperationDefinitionNode);
            return VisitAction.Continue;
        }

        public override VisitAction EnterOperationDefinition(OperationDefinitionNode node)
        {
            if (node.Name is null && _operationCount > 1)
            {
                ReportError("This anonymous operation must be the only defined operation.", node);
            }

            return VisitAction.Continue;
        }
    }
}
