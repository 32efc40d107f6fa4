using PostCatalog.GraphQL.Language;

namespace PostCatalog.GraphQL.Validation.Rules;

/// <summary>
/// Fragment Spreads Must Not Form Cycles (spec 5.5.2.2): a fragment may not spread itself, directly or through
/// other fragments. A depth-first search over spreads visits each fragment once and reports every cycle it
/// closes, naming the fragments it went through.
/// </summary>
public sealed class NoFragmentCyclesRule : ValidationRule
{
    protected override string SpecSection => "sec-Fragment-spreads-must-not-form-cycles";

    public override ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context, this);

    private sealed class Visitor(ValidationContext context, IValidationRule rule) : ValidationVisitor(context, rule)
    {
        private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
        private readonly List<FragmentSpreadNode> _spreadPath = [];
        private readonly Dictionary<string, int> _spreadPathIndexByName = new(StringComparer.Ordinal);

        public override VisitAction EnterOperationDefinition(OperationDefinitionNode node) => VisitAction.Skip;

        public override VisitAction EnterFragmentDefinition(FragmentDefinitionNode node)
        {
            DetectCycles(node);
            return VisitAction.Skip;
        }

        private void DetectCycles(FragmentDefinitionNode fragment)
        {
            var fragmentName = fragment.Name.Value;
            if (!_visited.Add(fragmentName)) return;

            var spreads = Context.GetFragmentSpreads(fragment.SelectionSet);
            if (spreads.Count == 0) return;

            _spreadPathIndexByName[fragmentName] = _spreadPath.Count;
            foreach (var spread in spreads)
            {
                var spreadName = spread.Name.Value;
                _spreadPath.Add(spread);
                if (!_spreadPathIndexByName.TryGetValue(spreadName, out var cycleIndex))
                {
                    if (Context.GetFragment(spreadName) is { } spreadFragment) DetectCycles(spreadFragment);
                }
                else
                {
                    var cyclePath = _spreadPath[cycleIndex..];
                    var via = string.Join(", ", cyclePath.SkipLast(1).Select(s => "\"" + s.Name.Value + "\""));
                    ReportError(
                        $"Cannot spread fragment \"{spreadName}\" within itself" + (via.Length > 0 ? $" via {via}." : "."),
                        cyclePath);
                }

                _spreadPath.RemoveAt(_spreadPath.Count - 1);
            }

            _spreadPathIndexByName.Remove(fragmentName);
        }
    }
}
