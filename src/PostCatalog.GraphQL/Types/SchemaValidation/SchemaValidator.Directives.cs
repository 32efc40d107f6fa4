using PostCatalog.GraphQL.Language;

namespace PostCatalog.GraphQL.Types;

// Directive definitions (spec 3.13) and the directives applied in the type system: defined, allowed at the
// location, not repeated unless repeatable, with known and required arguments of valid values.
internal static partial class SchemaValidator
{
    private static void ValidateDirectiveDefinitions(Context context)
    {
        foreach (var directive in context.Schema.Directives)
        {
            ValidateName(context, directive.Name, directive.SyntaxNode);
            if (directive.Locations.Count == 0)
            {
                context.Report($"Directive @{directive.Name} must include 1 or more locations.", directive.SyntaxNode);
            }

            ValidateArguments(context, directive.Arguments, directive.Coordinate);
        }
    }

    private static void ValidateAppliedDirectives(Context context)
    {
        var schema = context.Schema;
        Check(schema.SchemaDirectives, DirectiveLocation.Schema);
        foreach (var type in schema.Types)
        {
            switch (type)
            {
                case ScalarType scalar:
                    Check(scalar.Directives, DirectiveLocation.Scalar);
                    break;
                case ObjectType obj:
                    Check(obj.Directives, DirectiveLocation.Object);
                    CheckFields(obj.Fields);
                    break;
                case InterfaceType iface:
                    Check(iface.Directives, DirectiveLocation.Interface);
                    CheckFields(iface.Fields);
                    break;
                case UnionType union:
                    Check(union.Directives, DirectiveLocation.Union);
                    break;
                case EnumType enumType:
                    Check(enumType.Directives, DirectiveLocation.Enum);
                    foreach (var value in enumType.Values) Check(value.Directives, DirectiveLocation.EnumValue);
                    break;
                case InputObjectType input:
                    Check(input.Directives, DirectiveLocation.InputObject);
                    foreach (var field in input.Fields) Check(field.Directives, DirectiveLocation.InputFieldDefinition);
                    break;
            }
        }

        void CheckFields(IEnumerable<OutputField> fields)
        {
            foreach (var field in fields)
            {
                Check(field.Directives, DirectiveLocation.FieldDefinition);
                foreach (var argument in field.Arguments) Check(argument.Directives, DirectiveLocation.ArgumentDefinition);
            }
        }

        void Check(IReadOnlyList<DirectiveNode> applied, DirectiveLocation location)
        {
            var seen = new HashSet<string>();
            foreach (var node in applied)
            {
                var name = node.Name.Value;
                var definition = schema.GetDirective(name);
                if (definition is null)
                {
                    context.Report($"Unknown directive \"@{name}\".", node);
                    continue;
                }

                if (!definition.IsAllowedAt(location))
                {
                    context.Report($"Directive \"@{name}\" may not be used on {location.ToSpecName()}.", node);
                }

                if (!definition.IsRepeatable && !seen.Add(name))
                {
                    context.Report($"The directive \"@{name}\" can only be used once at this location.", node);
                }

                CheckArguments(definition, node);
            }
        }

        void CheckArguments(DirectiveDefinition definition, DirectiveNode node)
        {
            foreach (var argument in node.Arguments)
            {
                var argumentDefinition = definition.Arguments.Find(argument.Name.Value);
                if (argumentDefinition is null)
                {
                    context.Report($"Unknown argument \"{argument.Name.Value}\" on directive \"@{definition.Name}\".", argument);
                }
                else if (!LiteralCoercion.IsValidLiteral(argument.Value, argumentDefinition.Type))
                {
                    context.Report(
                        $"Expected value of type \"{argumentDefinition.Type.Print()}\", found {Printer.Print(argument.Value)}.", argument.Value);
                }
            }

            foreach (var required in definition.Arguments.Where(a => a.IsRequired))
            {
                if (node.Arguments.All(a => a.Name.Value != required.Name))
                {
                    context.Report(
                        $"Argument \"@{definition.Name}({required.Name}:)\" of type \"{required.Type.Print()}\" is required, but it was not provided.",
                        node);
                }
            }
        }
    }
}
