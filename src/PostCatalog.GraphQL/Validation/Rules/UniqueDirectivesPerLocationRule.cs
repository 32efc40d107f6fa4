using PostCatalog.GraphQL.Language;

namespace PostCatalog.GraphQL.Validation.Rules;

/// <summary>
/// Directives Are Unique Per Location (spec 5.7.3): a non-repeatable directive appears at most once where it is
/// applied. A type and its extensions count as one location, as do the schema definition and its extensions.
/// </summary>
public sealed class UniqueDirectivesPerLocationRule : ValidationRule
{
    protected override string SpecSection => "sec-Directives-Are-Unique-Per-Location";

    public override ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context, this);

    private sealed class Visitor : ValidationVisitor
    {
        // Directive name -> true when it may be used only once per location.
        private readonly Dictionary<string, bool> _isUnique = new(StringComparer.Ordinal);
        private readonly Dictionary<string, DirectiveNode> _schemaDirectives = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Dictionary<string, DirectiveNode>> _typeDirectives = new(StringComparer.Ordinal);

        public Visitor(ValidationContext context, IValidationRule rule) : base(context, rule)
        {
            foreach (var directive in context.Schema.Directives) _isUnique[directive.Name] = !directive.IsRepeatable;
            foreach (var definition in context.Document.Definitions.OfType<DirectiveDefinitionNode>())
            {
                _isUnique[definition.Name.Value] = !definition.Repeatable;
            }
        }

        // Every node that can carry directives is checked, whatever its kind.
        public override VisitAction Enter(SyntaxNode node)
        {
            if (node is IHasDirectives { Directives.Count: > 0 } withDirectives)
            {
                CheckDirectives(withDirectives.Directives, SeenAt(node));
            }

            return base.Enter(node);
        }

        private Dictionary<string, DirectiveNode> SeenAt(SyntaxNode node)
        {
            switch (node)
            {
                case SchemaDefinitionNode or SchemaExtensionNode:
                    return _schemaDirectives;
                case TypeDefinitionNode type:
                    if (!_typeDirectives.TryGetValue(type.Name.Value, out var seen))
                    {
                        _typeDirectives[type.Name.Value] = seen = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
                    }

                    return seen;
                default:
                    return new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
            }
        }

        private void CheckDirectives(IReadOnlyList<DirectiveNode> directives, Dictionary<string, DirectiveNode> seen)
        {
            foreach (var directive in directives)
            {
                var name = directive.Name.Value;
                if (!_isUnique.GetValueOrDefault(name)) continue;
                if (seen.TryGetValue(name, out var first))
                {
                    ReportError($"The directive \"@{name}\" can only be used once at this location.", first, directive);
                }
                else
                {
                    seen[name] = directive;
                }
            }
        }
    }
}
