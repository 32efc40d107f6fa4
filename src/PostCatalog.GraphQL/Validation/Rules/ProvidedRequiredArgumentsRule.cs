using PostCatalog.GraphQL.Language;
using PostCatalog.GraphQL.Types;

namespace PostCatalog.GraphQL.Validation.Rules;

/// <summary>
/// Required Arguments (spec 5.4.2.1): a field or directive is given every argument that is non-null and has no
/// default. Checked on leaving the node, so errors deeper inside it come first. The argument is named by its schema
/// coordinate (<c>Type.field(arg:)</c>, <c>@directive(arg:)</c>), as graphql-js 17 does.
/// </summary>
public sealed class ProvidedRequiredArgumentsRule : ValidationRule
{
    protected override string SpecSection => "sec-Required-Arguments";

    public override ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context, this);

    private sealed class Visitor : ValidationVisitor
    {
        // Directive name -> its required arguments: name and type as printed in messages.
        private readonly Dictionary<string, IReadOnlyList<(string Name, string Type)>> _requiredDirectiveArguments =
            new(StringComparer.Ordinal);

        public Visitor(ValidationContext context, IValidationRule rule) : base(context, rule)
        {
            foreach (var directive in context.Schema.Directives)
            {
                _requiredDirectiveArguments[directive.Name] = directive.Arguments
                    .Where(argument => argument.IsRequired)
                    .Select(argument => (argument.Name, argument.Type.Print()))
                    .ToList();
            }

            foreach (var definition in context.Document.Definitions.OfType<DirectiveDefinitionNode>())
            {
                _requiredDirectiveArguments[definition.Name.Value] = definition.Arguments
                    .Where(argument => argument.Type is NonNullTypeNode && argument.DefaultValue is null)
                    .Select(argument => (argument.Name.Value, Printer.Print(argument.Type)))
                    .ToList();
            }
        }

        public override void LeaveField(FieldNode node)
        {
            if (Context.FieldDefinition is not { } field) return;
            foreach (var argument in field.Arguments)
            {
                if (!argument.IsRequired || node.Arguments.Any(a => a.Name.Value == argument.Name)) continue;
                ReportError(
                    $"Argument \"{argument.Coordinate}\" of type \"{argument.Type.Print()}\" is required, but it was not provided.",
                    node);
            }
        }

        public override void LeaveDirective(DirectiveNode node)
        {
            if (!_requiredDirectiveArguments.TryGetValue(node.Name.Value, out var required)) return;
            foreach (var (name, type) in required)
            {
                if (node.Arguments.Any(a => a.Name.Value == name)) continue;
                ReportError(
                    $"Argument \"@{node.Name.Value}({name}:)\" of type \"{type}\" is required, but it was not provided.",
                    node);
            }
        }
    }
}
