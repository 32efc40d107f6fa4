using PostCatalog.GraphQL.Language;
using PostCatalog.GraphQL.Types;

namespace PostCatalog.GraphQL.Validation.Rules;

/// <summary>
/// Values of Correct Type (spec 5.6.1): every literal fits the input type expected where it is written. As graphql-js
/// 17's <c>validateInputLiteral</c>, each outermost literal is checked once, recursively, against the type of its
/// position: null only where the type is nullable; a single value where a list is expected is a list of one; input
/// objects give every required field, name only their own, and a <c>@oneOf</c> object exactly one, not null; scalars
/// judge their own literals (<see cref="ScalarType.ParseLiteral"/>, whose message is the error's); enums take only
/// their own values. Variables are left to the rules on variables. Messages and locations are graphql-js 17's.
/// </summary>
public sealed class ValuesOfCorrectTypeRule : ValidationRule
{
    protected override string SpecSection => "sec-Values-of-Correct-Type";

    public override ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context, this);

    private sealed class Visitor(ValidationContext context, IValidationRule rule) : ValidationVisitor(context, rule)
    {
        // TypeInfo already expects the item type inside a list; the list's own position is one level up.
        public override VisitAction EnterListValue(ListValueNode node) => Check(node, Context.ParentInputType);

        public override VisitAction EnterObjectValue(ObjectValueNode node) => Check(node, Context.InputType);

        public override VisitAction EnterScalarValue(ValueNode node) => Check(node, Context.InputType);

        // The literal is checked whole here; its parts are not visited again.
        private VisitAction Check(ValueNode node, IInputType? type)
        {
            if (type is not null) Validate(node, type);
            return VisitAction.Skip;
        }

        private void Validate(ValueNode node, IInputType type)
        {
            if (node is VariableNode) return;
            if (type is NonNullType nonNull)
            {
                if (node is NullValueNode)
                {
                    ReportError($"Expected value of non-null type \"{type.Print()}\" not to be null.", node);
                    return;
                }

                Validate(node, (IInputType)nonNull.OfType);
                return;
            }

            if (node is NullValueNode) return;
            switch (type)
            {
                case ListType list when node is ListValueNode items:
                    foreach (var item in items.Values) Validate(item, (IInputType)list.OfType);
                    break;
                case ListType list:
                    Validate(node, (IInputType)list.OfType);
                    break;
                case InputObjectType inputObject:
                    ValidateObject(node, inputObject);
                    break;
                case EnumType enumType:
                    CheckEnumValue(node, enumType);
                    break;
                case ScalarType scalar:
                    CheckScalarValue(node, scalar);
                    break;
            }
        }

        private void ValidateObject(ValueNode node, InputObjectType type)
        {
            if (node is not ObjectValueNode value)
            {
                ReportError($"Expected value of type \"{type.Name}\" to be an object, found: {Found(node)}.", node);
                return;
            }

            // By name, the last of a repeated name winning (UniqueInputFieldNamesRule reports the repetition).
            var given = new Dictionary<string, ObjectFieldNode>(StringComparer.Ordinal);
            foreach (var field in value.Fields) given[field.Name.Value] = field;

            foreach (var field in type.Fields)
            {
                if (given.TryGetValue(field.Name, out var fieldNode))
                {
                    Validate(fieldNode.Value, field.Type);
                }
                else if (field.IsRequired)
                {
                    ReportError(
                        $"Expected value of type \"{type.Name}\" to include required field \"{field.Name}\", found: {Found(node)}.", node);
                }
            }

            var known = new List<ObjectFieldNode>();
            foreach (var fieldNode in value.Fields)
            {
                if (type.GetField(fieldNode.Name.Value) is not null)
                {
                    known.Add(fieldNode);
                    continue;
                }

                var suggestion = Context.HideSuggestions
                    ? ""
                    : Suggestions.DidYouMean(Suggestions.List(fieldNode.Name.Value, type.Fields.Select(field => field.Name)));
                ReportError(
                    $"Expected value of type \"{type.Name}\" not to include unknown field \"{fieldNode.Name.Value}\""
                    + (suggestion.Length != 0 ? $".{suggestion} Found" : ", found") + $": {Found(node)}.",
                    fieldNode);
            }

            // A @oneOf input object: exactly one known field, and not null. (A nullable variable there is reported
            // by VariablesInAllowedPositionRule.)
            if (type.IsOneOf && (known.Count != 1 || known[0].Value is NullValueNode))
            {
                ReportError(
                    $"Within OneOf Input Object type \"{type.Name}\", exactly one field must be specified, and the value for that field must be non-null.",
                    node);
            }
        }

        private void CheckScalarValue(ValueNode node, ScalarType scalar)
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
                    $"Expected value of type \"{scalar.Name}\", but encountered error \"{failed.Message}\"; found: {Found(node)}.", node);
            }
        }

        private static string Found(ValueNode node) => ErrorText.Quote(Printer.Print(node));

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
    }
}
