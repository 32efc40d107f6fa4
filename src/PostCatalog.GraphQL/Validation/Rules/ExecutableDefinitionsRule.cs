using PostCatalog.GraphQL.Language;

namespace PostCatalog.GraphQL.Validation.Rules;

/// <summary>
/// Executable Definitions (spec 5.1.1): a document sent for execution may hold only operations and fragments;
/// type system definitions and extensions are reported.
/// </summary>
public sealed class ExecutableDefinitionsRule : ValidationRule
{
    protected override string SpecSection => "sec-Executable-Definitions";

    public override ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context, this);

    private sealed class Visitor(ValidationContext context, IValidationRule rule) : ValidationVisitor(context, rule)
    {
        public override VisitAction EnterDocument(DocumentNode node)
        {
            foreach (var definition in node.Definitions)
            {
                if (definition is ExecutableDefinitionNode) continue;
                var name = definition switch
                {
                    TypeDefinitionNode type => "\"" + type.Name.Value + "\"",
                    DirectiveDefinitionNode directive => "\"" + directive.Name.Value + "\"",
                    _ => "schema",
                };
                ReportError($"The {name} definition is not executable.", definition);
            }

            return VisitAction.Skip;
        }
    }
}
