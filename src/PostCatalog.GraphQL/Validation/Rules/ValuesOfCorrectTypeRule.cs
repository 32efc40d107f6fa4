using PostCatalog.GraphQL.Language;
using PostCatalog.GraphQL.Types;

namespace PostCatalog.GraphQL.Validation.Rules;

/// <summary>
/// Values of Correct Type (spec 5.6.1): every literal fits the input type expected where it is written. Scalars
/// judge their own literals (<see cref="ScalarType.ParseLiteral"/>, whose message is the error's); enums take only
/// their own values; input objects name only their fields, give every required one, and a <c>@oneOf</c> object
/// exactly one, not null; lists are checked item by item (a single value where a list is expected is a list of one).
/// Variables are left to the rules on variables. Messages and locations are graphql-js's.
/// </summary>
public sealed class ValuesOfCorrectTypeRule : ValidationRule
{
    protected override string SpecSection => "sec-Values-of-Correct-Type";

    public override ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context, this);

    private sealed class Visitor(ValidationContext context, IValidationRule rule) : ValidationVisitor(context, rule)
    {
        public override VisitAction EnterListValue(ListValueNode node)
        {
            // TypeInfo already expects the item type here; the list's own position is one level up.
            if (Context.ParentInputType?.NullableType() is ListType) return VisitAction.Continue;
            CheckValueAgainstLocation(node);
            return VisitAction.Skip;
        }

        public override VisitAction EnterObjectValue(ObjectValueNode node)
        {
            if (Context.InputType?.NamedType() is not InputObjectType type)
            {
                CheckValueAgainstLocation(node);
                return VisitAction.Skip;
            }

            // By name, the last of a repeated name winning (UniqueInputFieldNamesRule reports the repetition).
            var given = new Dictionary<string, ValueNode>(StringComparer.Ordinal);
            foreach (var field in node.Fields) given[field.Name.Value] = field.Value;

            foreach (var field in type.Fields)
            {
                if (field.IsRequired && !given.ContainsKey(field.Name))
                {
                    ReportError(
                        $"Field \"{type.Name}.{field.Name}\" of required type \"{field.Type.Print()}\" was not provided.", node);
                }
            }

            if (type.IsOneOf) CheckOneOf(node, type, given);
            return VisitAction.Continue;
        }

        public override VisitAction EnterObjectField(ObjectFieldNode node)
        {
            if (Context.InputType is null && Context.ParentInputType?.NamedType() is InputObjectType parentType)
            {
                var suggestions = Context.HideSuggestions
                    ? []
                    : Suggestions.List(node.Name.Value, parentType.Fields.Select(field => field.Name));
                ReportError(
                    $"Field \"{node.Name.Value}\" is not defined by type \"{parentType.Name}\"." + Suggestions.DidYouMean(suggestions),
                    node);
            }

            return VisitAction.Continue;
        }

        public override VisitAction EnterScalarValue(ValueNode node)
        {
            if (node is NullValueNode)
            {
                if (Context.InputType is NonNullType nonNull)
                {
                    ReportError($"Expected value of type \"{nonNull.Print()}\", found null.", node);
                }
            }
            else
            {
                CheckValueAgainstLocation(node);
            }

            return VisitAction.Continue;
        }

        /// <summary>
        /// A literal where a scalar or enum is expected (or a list or object where neither a list nor an input
        /// object is): any message is about the full type expected at the location.
        /// </summary>
        private void CheckValueAgainstLocation(ValueNode node)
        {
            if (Context.InputType is not { } locationType) return;

            switch (locationType.NamedType())
            {
                case EnumType enumType:
                    CheckEnumValue(node, enumType);
                    break;
                case ScalarType scalar:
                    CheckScalarValue(node, scalar, locationType);
                    break;
                default:
                    ReportError($"Expected value of type \"{locationType.Print()}\", found {ErrorText.Quote(Printer.Print(node))}.", node);
                    break;
            }
        }

        private void CheckScalarValue(ValueNode node, ScalarType scalar, IInputType locationType)
        {
            try
            {
                scalar.ParseLiteral(node);
            }
            catch (GraphQLException rejected)
            {
                // The scalar's own words, e.g. "Int cannot represent non-integer value: 1.5".
                foreach (var error in rejected.Errors) ReportError(error.Message, node);
            }
            catch (Exception failed) when (failed is not OutOfMemoryException)
            {
                // A custom scalar that failed without saying why in GraphQL terms.
                ReportError(
                    $"Expected value of type \"{locationType.Print()}\", found {ErrorText.Quote(Printer.Print(node))}; {failed.Message}", node);
            }
        }

        // graphql-js's enum literal messages (GraphQLEnumType.parseLiteral), here because they depend on
        // HideSuggestions, which the Types layer does not know about.
        private void CheckEnumValue(ValueNode node, EnumType enumType)
        {
            if (node is not EnumValueNode enumValue)
            {
                var text = Printer.Print(node);
                ReportError($"Enum \"{enumType.Name}\" cannot represent non-enum value: {ErrorText.Quote(text)}." + DidYouMeanEnumValue(enumType, text), node);
            }
            else if (enumType.GetValue(enumValue.Value) is null)
            {
                ReportError(
                    $"Value \"{enumValue.Value}\" does not exist in \"{enumType.Name}\" enum." + DidYouMeanEnumValue(enumType, enumValue.Value),
                    node);
            }
        }

        // " Did you mean the enum value "A" or "B"?"
        private string DidYouMeanEnumValue(EnumType enumType, string text)
        {
            if (Context.HideSuggestions) return "";
            const string plain = " Did you mean ";
            var hint = Suggestions.DidYouMean(Suggestions.List(text, enumType.Values.Select(value => value.Name)));
            return hint.Length == 0 ? "" : plain + "the enum value " + hint[plain.Length..];
        }

        // A @oneOf input object: exactly one field, and not null. (A nullable variable there is reported by
        // VariablesInAllowedPositionRule.)
        private void CheckOneOf(ObjectValueNode node, InputObjectType type, Dictionary<string, ValueNode> given)
        {
            if (given.Count != 1)
            {
                ReportError($"OneOf Input Object \"{type.Name}\" must specify exactly one key.", node);
                return;
            }

            var (name, value) = given.First();
            if (value is NullValueNode) ReportError($"Field \"{type.Name}.{name}\" must be non-null.", node);
        }
    }
}
