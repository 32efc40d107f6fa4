using PostCatalog.GraphQL.Language;

namespace PostCatalog.GraphQL.Validation.Rules;

/// <summary>Fragments Must Be Used (spec 5.5.1.4): every fragment is reached from some operation.</summary>
public sealed class NoUnusedFragmentsRule : ValidationRule
{
    protected override string SpecSection => "sec-Fragments-Must-Be-Used";

    public override ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context, this);

    private sealed class Visitor(ValidationContext context, IValidationRule rule) : ValidationVisitor(context, rule)
    {
        private readonly List<OperationDefinitionNode> _operations = [];
        private readonly List<FragmentDefinitionNode> _fragments = [];

        public override VisitAction EnterOperationDefinition(OperationDefinitionNode node)
        {
            _operations.Add(node);
            return VisitAction.Skip;
        }

        public override VisitAction EnterFragmentDefinition(FragmentDefinitionNode node)
        {
            _fragments.Add(node);
            return VisitAction.Skip;
        }

        public override void LeaveDocument(DocumentNode node)
        {
            var used = Context.GetRecursivelyReferencedFragments(_operations)
                .Select(fragment => fragment.Name.Value)
                .ToHashSet(StringComparer.Ordinal);
            foreach (var fragment in _fragments)
            {
                if (!used.Contains(fragment.Name.Value))
                {
                    ReportError($"Fragment \"{fragment.Name.Value}\" is never used.", fragment);
                }
            }
        }
    }
}
