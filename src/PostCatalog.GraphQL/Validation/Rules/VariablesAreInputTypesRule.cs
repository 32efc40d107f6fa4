using PostCatalog.GraphQL.Language;
using PostCatalog.GraphQL.Types;

namespace PostCatalog.GraphQL.Validation.Rules;

/// <summary>
/// Variables Are Input Types (spec 5.8.2): a variable's type is a scalar, enum or input object (in any list and
/// non-null wrappers). Unknown types are left to <see cref="KnownTypeNamesRule"/>.
/// </summary>
public sealed class VariablesAreInputTypesRule : ValidationRule
{
    protected override string SpecSection => "sec-Variables-Are-Input-Types";

    public override ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context, this);

    private sealed class Visitor(ValidationContext context, IValidationRule rule) : ValidationVisitor(context, rule)
    {
        public override VisitAction EnterVariableDefinition(VariableDefinitionNode node)
        {
            if (MetaFields.TypeFromAst(Context.Schema, node.Type) is { } type && !type.IsInputType())
            {
                ReportError(
                    $"Variable \"${node.Variable.Name.Value}\" cannot be non-input type \"{Printer.Print(node.Type)}\".",
                    node.Type);
            }

            return VisitAction.Continue;
        }
    }
}
