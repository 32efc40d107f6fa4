using PostCatalog.GraphQL.Language;
using PostCatalog.GraphQL.Types;

namespace PostCatalog.GraphQL.Validation.Rules;

/// <summary>
/// All Variable Usages Are Allowed (spec 5.8.5): a variable's type fits every position it is used in. A nullable
/// variable may fill a non-null position only when the variable or the position has a non-null default; list
/// items are checked the same way, inside out. A field of a <c>@oneOf</c> input object takes only non-null variables.
/// </summary>
public sealed class VariablesInAllowedPositionRule : ValidationRule
{
    protected override string SpecSection => "sec-All-Variable-Usages-Are-Allowed";

    public override ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context, this);

    private sealed class Visitor(ValidationContext context, IValidationRule rule) : ValidationVisitor(context, rule)
    {
        private readonly Dictionary<string, VariableDefinitionNode> _definitions = new(StringComparer.Ordinal);

        public override VisitAction EnterOperationDefinition(OperationDefinitionNode node)
        {
            _definitions.Clear();
            return VisitAction.Continue;
        }

        public override VisitAction EnterVariableDefinition(VariableDefinitionNode node)
        {
            _definitions[node.Variable.Name.Value] = node;
            return VisitAction.Continue;
        }

        public override void LeaveOperationDefinition(OperationDefinitionNode operation)
        {
            foreach (var usage in Context.GetRecursiveVariableUsages(operation))
            {
                var name = usage.Node.Name.Value;
                if (!_definitions.TryGetValue(name, out var definition) || usage.Type is not { } locationType) continue;

                var variableType = MetaFields.TypeFromAst(Context.Schema, definition.Type);
                if (variableType is not null && !IsAllowed(variableType, definition.DefaultValue, locationType, usage.HasLocationDefaultValue))
                {
                    ReportError(
                        $"Variable \"${name}\" of type \"{variableType.Print()}\" used in position expecting type \"{locationType.Print()}\".",
                        definition,
                        usage.Node);
                }

                if (usage.ParentType is InputObjectType { IsOneOf: true } oneOf && variableType is not null and not NonNullType)
                {
                    ReportError(
                        $"Variable \"${name}\" is of type \"{variableType.Print()}\" but must be non-nullable to be used for OneOf Input Object \"{oneOf.Name}\".",
                        definition,
                        usage.Node);
                }
            }
        }

        private bool IsAllowed(IType variableType, ValueNode? variableDefault, IType locationType, bool hasLocationDefault)
        {
            if (locationType is NonNullType nonNullLocation && variableType is not NonNullType)
            {
                var hasNonNullVariableDefault = variableDefault is not null and not NullValueNode;
                if (!hasNonNullVariableDefault && !hasLocationDefault) return false;
                return Context.Schema.IsTypeSubTypeOf(variableType, nonNullLocation.OfType);
            }

            return Context.Schema.IsTypeSubTypeOf(variableType, locationType);
        }
    }
}
