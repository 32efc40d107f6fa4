using PostCatalog.GraphQL.Language;
using PostCatalog.GraphQL.Types;

namespace PostCatalog.GraphQL.Validation.Rules;

/// <summary>
/// Directives Are Defined (spec 5.7.1) and Directives Are In Valid Locations (5.7.2): every directive used is
/// known to the schema (or defined in the document) and allowed where it appears.
/// </summary>
public sealed class KnownDirectivesRule : ValidationRule
{
    protected override string SpecSection => "sec-Directives-Are-Defined";

    public override ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context, this);

    private sealed class Visitor : ValidationVisitor
    {
        // Directive name -> the spec names of its locations (QUERY, FIELD, ...).
        private readonly Dictionary<string, IReadOnlyList<string>> _locations = new(StringComparer.Ordinal);

        public Visitor(ValidationContext context, IValidationRule rule) : base(context, rule)
        {
            foreach (var directive in context.Schema.Directives)
            {
                _locations[directive.Name] = directive.Locations.Select(l => l.ToSpecName()).ToList();
            }

            foreach (var definition in context.Document.Definitions.OfType<DirectiveDefinitionNode>())
            {
                _locations[definition.Name.Value] = definition.Locations.Select(l => l.Value).ToList();
            }
        }

        public override VisitAction EnterDirective(DirectiveNode node)
        {
            var name = node.Name.Value;
            if (!_locations.TryGetValue(name, out var locations))
            {
                ReportError($"Unknown directive \"@{name}\".", node);
                return VisitAction.Continue;
            }

            var location = LocationOf(Context.Ancestors);
            if (location is not null && !locations.Contains(location))
            {
                ReportError($"Directive \"@{name}\" may not be used on {location}.", node);
            }

            return VisitAction.Continue;
        }

        /// <summary>The directive location of the node a directive is applied to (the last ancestor).</summary>
        private static string? LocationOf(IReadOnlyList<SyntaxNode> ancestors) => ancestors[^1] switch
        {
            OperationDefinitionNode operation => operation.Operation switch
            {
                OperationType.Query => "QUERY",
                OperationType.Mutation => "MUTATION",
                _ => "SUBSCRIPTION",
            },
            FieldNode => "FIELD",
            FragmentSpreadNode => "FRAGMENT_SPREAD",
            InlineFragmentNode => "INLINE_FRAGMENT",
            FragmentDefinitionNode => "FRAGMENT_DEFINITION",
            VariableDefinitionNode => "VARIABLE_DEFINITION",
            SchemaDefinitionNode or SchemaExtensionNode => "SCHEMA",
            ScalarTypeDefinitionNode => "SCALAR",
            ObjectTypeDefinitionNode => "OBJECT",
            FieldDefinitionNode => "FIELD_DEFINITION",
            InterfaceTypeDefinitionNode => "INTERFACE",
            UnionTypeDefinitionNode => "UNION",
            EnumTypeDefinitionNode => "ENUM",
            EnumValueDefinitionNode => "ENUM_VALUE",
            InputObjectTypeDefinitionNode => "INPUT_OBJECT",
            // An input value is an input field inside an input object, an argument anywhere else.
            InputValueDefinitionNode => ancestors.Count > 1 && ancestors[^2] is InputObjectTypeDefinitionNode
                ? "INPUT_FIELD_DEFINITION"
                : "ARGUMENT_DEFINITION",
            DirectiveDefinitionNode or DirectiveExtensionNode => "DIRECTIVE_DEFINITION",
            _ => null,
        };
    }
}
