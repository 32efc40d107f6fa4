using PostCatalog.GraphQL.Language;
using PostCatalog.GraphQL.Types;

namespace PostCatalog.GraphQL.Validation.Rules;

/// <summary>
/// Defer And Stream Directive Labels Are Unique (incremental delivery RFC; graphql-js 17): a <c>label:</c> of
/// <c>@defer</c> or <c>@stream</c> is a string literal (a client matches payloads by it, so it cannot vary), and no two
/// uses in the document share one.
/// </summary>
public sealed class DeferStreamDirectiveLabelRule : ValidationRule
{
    // Not in a released spec yet (graphql-spec's incremental delivery RFC).
    protected override string? SpecSection => null;

    public override ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context, this);

    private sealed class Visitor(ValidationContext context, IValidationRule rule) : ValidationVisitor(context, rule)
    {
        private readonly Dictionary<string, DirectiveNode> _known = new(StringComparer.Ordinal);

        public override VisitAction EnterDirective(DirectiveNode node)
        {
            var name = node.Name.Value;
            if (name is not (IncrementalDirectives.Defer or IncrementalDirectives.Stream)) return VisitAction.Continue;
            var label = node.Arguments.FirstOrDefault(argument => argument.Name.Value == "label")?.Value;
            switch (label)
            {
                case null or NullValueNode:
                    break;
                case not StringValueNode:
                    ReportError($"Argument \"@{name}(label:)\" must be a static string.", node);
                    break;
                case StringValueNode text when _known.TryGetValue(text.Value, out var first):
                    ReportError(
                        "Value for arguments \"defer(label:)\" and \"stream(label:)\" must be unique across all Defer/Stream directive usages.",
                        first, node);
                    break;
                case StringValueNode text:
                    _known[text.Value] = node;
                    break;
            }

            return VisitAction.Continue;
        }
    }
}
