using PostCatalog.GraphQL.Language;
using PostCatalog.GraphQL.Types;

namespace PostCatalog.GraphQL.Validation.Rules;

/// <summary>
/// Argument Names (spec 5.4.1): every argument given to a field or directive is one it defines. Arguments of
/// unknown fields and directives are left to the rules that report those.
/// </summary>
public sealed class KnownArgumentNamesRule : ValidationRule
{
    protected override string SpecSection => "sec-Argument-Names";

    public override ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context, this);

    private sealed class Visitor : ValidationVisitor
    {
        // Directive name -> its argument names, in definition order (for suggestions).
        private readonly Dictionary<string, IReadOnlyList<string>> _directiveArguments = new(StringComparer.Ordinal);

        public Visitor(ValidationContext context, IValidationRule rule) : base(context, rule)
        {
            foreach (var directive in context.Schema.Directives)
            {
                _directiveArguments[directive.Name] = directive.Arguments.Select(a => a.Name).ToList();
            }

            foreach (var definition in context.Document.Definitions.OfType<DirectiveDefinitionNode>())
            {
                _directiveArguments[definition.Name.Value] = definition.Arguments.Select(a => a.Name.Value).ToList();
            }
        }

        public override VisitAction EnterDirective(DirectiveNode node)
        {
            var directiveName = node.Name.Value;
            if (_directiveArguments.TryGetValue(directiveName, out var known))
            {
                foreach (var argument in node.Arguments)
                {
                    var name = argument.Name.Value;
                    if (known.Contains(name)) continue;
                    ReportError(
                        $"Unknown argument \"{name}\" on directive \"@{directiveName}\"." + DidYouMean(name, known),
                        argument);
                }
            }

            // Arguments of a directive are not field arguments: the field check below must not see them.
            return VisitAction.Skip;
        }

        public override VisitAction EnterArgument(ArgumentNode node)
        {
            if (Context.Argument is null && Context.FieldDefinition is { } field && Context.ParentType is { } parentType)
            {
                var name = node.Name.Value;
                ReportError(
                    $"Unknown argument \"{name}\" on field \"{parentType.Name}.{field.Name}\"."
                        + DidYouMean(name, field.Arguments.Select(a => a.Name)),
                    node);
            }

            return VisitAction.Continue;
        }

        private string DidYouMean(string name, IEnumerable<string> options) =>
            Context.HideSuggestions ? "" : Suggestions.DidYouMean(Suggestions.List(name, options));
    }
}
