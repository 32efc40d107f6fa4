using PostCatalog.GraphQL.Language;

namespace PostCatalog.GraphQL.Validation.Rules;

/// <summary>
/// Known operation types (graphql-js 17; the spec's "the schema defines the root operation type"): a mutation or
/// subscription is only valid against a schema that has that root type.
/// </summary>
public sealed class KnownOperationTypesRule : ValidationRule
{
    protected override string SpecSection => "sec-Root-Operation-Types";

    public override ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context, this);

    private sealed class Visitor(ValidationContext context, IValidationRule rule) : ValidationVisitor(context, rule)
    {
        public override VisitAction EnterOperationDefinition(OperationDefinitionNode node)
        {
            var (known, keyword) = node.Operation switch
            {
                OperationType.Mutation => (Context.Schema.MutationType is not null, "mutation"),
                OperationType.Subscription => (Context.Schema.SubscriptionType is not null, "subscription"),
                _ => (true, "query"),
            };
            if (!known) ReportError($"The {keyword} operation is not supported by the schema.", node);
            return VisitAction.Continue;
        }
    }
}
