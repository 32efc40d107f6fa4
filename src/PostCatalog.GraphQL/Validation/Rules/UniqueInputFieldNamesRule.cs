using PostCatalog.GraphQL.Language;

namespace PostCatalog.GraphQL.Validation.Rules;

/// <summary>Input Object Field Uniqueness (spec 5.6.3): an input object literal gives each field once.</summary>
public sealed class UniqueInputFieldNamesRule : ValidationRule
{
    protected override string SpecSection => "sec-Input-Object-Field-Uniqueness";

    public override ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context, this);

    private sealed class Visitor(ValidationContext context, IValidationRule rule) : ValidationVisitor(context, rule)
    {
        // One set of names per object literal being read; nested literals push their own.
        private readonly Stack<Dictionary<string, NameNode>> _outerNames = new();
        private Dictionary<string, NameNode> _knownNames = new(StringComparer.Ordinal);

        public override VisitAction EnterObjectValue(ObjectValueNode node)
        {
            _outerNames.Push(_knownNames);
            _knownNames = new Dictionary<string, NameNode>(StringComparer.Ordinal);
            return VisitAction.Continue;
        }

        public override void LeaveObjectValue(ObjectValueNode node) => _knownNames = _outerNames.Pop();

        public override VisitAction EnterObjectField(ObjectFieldNode node)
        {
            var name = node.Name;
            if (_knownNames.TryGetValue(name.Value, out var first))
            {
                ReportError($"There can be only one input field named \"{name.Value}\".", first, name);
            }
            else
            {
                _knownNames[name.Value] = name;
            }

            return VisitAction.Continue;
        }
    }
}
