using PostCatalog.GraphQL.Language;
using PostCatalog.GraphQL.Types;

namespace PostCatalog.GraphQL.Validation.Rules;

/// <summary>
/// Stream Directives Are Used On List Fields (incremental delivery RFC; graphql-js 17): <c>@stream</c> stands only on
/// a field whose type is a list (or a non-null list): there is nothing to deliver item by item otherwise.
/// </summary>
public sealed class StreamDirectiveOnListFieldRule : ValidationRule
{
    // Not in a released spec yet (graphql-spec's incremental delivery RFC).
    protected override string? SpecSection => null;

    public override ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context, this);

    private sealed class Visitor(ValidationContext context, IValidationRule rule) : ValidationVisitor(context, rule)
    {
        public override VisitAction EnterDirective(DirectiveNode node)
        {
            if (node.Name.Value == IncrementalDirectives.Stream
                && Context.FieldDefinition is { } field && Context.ParentType is { } parentType
                && field.Type.NullableType() is not ListType)
            {
                ReportError($"Directive \"@stream\" cannot be used on non-list field \"{parentType.Name}.{field.Name}\".", node);
            }

            return VisitAction.Continue;
        }
    }
}
