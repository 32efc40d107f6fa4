using PostCatalog.GraphQL.Language;
using PostCatalog.GraphQL.Types;

namespace PostCatalog.GraphQL.Validation.Rules;

/// <summary>
/// Leaf Field Selections (spec 5.3.3): a field of scalar or enum type has no selection set; a field of object,
/// interface or union type has one, and it is not empty.
/// </summary>
public sealed class ScalarLeafsRule : ValidationRule
{
    protected override string SpecSection => "sec-Leaf-Field-Selections";

    public override ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context, this);

    private sealed class Visitor(ValidationContext context, IValidationRule rule) : ValidationVisitor(context, rule)
    {
        public override VisitAction EnterField(FieldNode node)
        {
            if (Context.Type is not { } type) return VisitAction.Continue;

            var name = node.Name.Value;
            if (type.NamedType() is ILeafType)
            {
                if (node.SelectionSet is { } selectionSet)
                {
                    ReportError(
                        $"Field \"{name}\" must not have a selection since type \"{type.Print()}\" has no subfields.",
                        selectionSet);
                }
            }
            else if (node.SelectionSet is null)
            {
                ReportError(
                    $"Field \"{name}\" of type \"{type.Print()}\" must have a selection of subfields. Did you mean \"{name} {{ ... }}\"?",
                    node);
            }
            else if (node.SelectionSet.Selections.Count == 0)
            {
                ReportError($"Field \"{name}\" of type \"{type.Print()}\" must have at least one field selected.", node);
            }

            return VisitAction.Continue;
        }
    }
}
