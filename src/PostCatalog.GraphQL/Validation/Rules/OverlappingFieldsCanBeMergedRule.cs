using PostCatalog.GraphQL.Language;
using PostCatalog.GraphQL.Validation.Rules.OverlappingFields;

namespace PostCatalog.GraphQL.Validation.Rules;

/// <summary>
/// Field Selection Merging (spec 5.3.2): fields that give the same response key, directly or through fragments,
/// must be the same field with the same arguments (unless their parents are distinct object types), return types of
/// the same shape, and have selections that merge too. Each selection set is checked once, when it is entered;
/// an inline fragment's selections are checked with the selection set around them. The algorithm is in
/// <see cref="ConflictFinder"/>.
/// </summary>
public sealed class OverlappingFieldsCanBeMergedRule : ValidationRule
{
    protected override string SpecSection => "sec-Field-Selection-Merging";

    public override ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context, this);

    private sealed class Visitor(ValidationContext context, IValidationRule rule) : ValidationVisitor(context, rule)
    {
        // One finder per document: its caches and budget span every selection set of the document.
        private readonly ConflictFinder _finder = new(context);

        public override VisitAction EnterSelectionSet(SelectionSetNode node)
        {
            if (Context.Parent is InlineFragmentNode) return VisitAction.Continue;

            // A single field or spread cannot conflict at this level (a single inline fragment may hold many).
            var selections = node.Selections;
            if (selections.Count <= 1 && (selections.Count == 0 || selections[0] is not InlineFragmentNode))
            {
                return VisitAction.Continue;
            }

            foreach (var conflict in _finder.FindConflictsWithinSelectionSet(Context.ParentType, node))
            {
                ReportError(conflict.Message, [.. conflict.Fields1, .. conflict.Fields2]);
            }

            return VisitAction.Continue;
        }
    }
}
