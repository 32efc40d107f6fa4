using PostCatalog.GraphQL.Language;

namespace PostCatalog.GraphQL.Types;

public static partial class SchemaPrinter
{
    /// <summary>
    /// graphql-js's printSchema, character for character: a <c>schema {}</c> definition only for uncommon root
    /// names or a description, custom directives, then types in schema order without the spec scalars;
    /// descriptions as block strings; arguments on separate lines when any has a description; default values
    /// printed from their coerced values.
    /// </summary>
    public static string PrintLikeGraphQLJs(Schema schema)
    {
        var definitions = new List<string>();
        if (JsSchemaDefinition(schema) is { } schemaDefinition) definitions.Add(schemaDefinition);
        definitions.AddRange(schema.Directives.Where(d => !BuiltInDirectives.IsBuiltIn(d.Name)).Select(JsDirective));
        definitions.AddRange(schema.Types.Where(t => t is not ScalarType { IsSpecScalar: true }).Select(JsType));
        return string.Join("\n\n", definitions);
    }

    private static string? JsSchemaDefinition(Schema schema)
    {
        var commonNames = schema.QueryType.Name == "Query"
            && schema.MutationType?.Name is null or "Mutation"
            && schema.SubscriptionType?.Name is null or "Subscription";
        if (schema.Description is null && commonNames) return null;
        var operations = new List<string> { "  query: " + schema.QueryType.Name };
        if (schema.MutationType is { } mutation) operations.Add("  mutation: " + mutation.Name);
        if (schema.SubscriptionType is { } subscription) operations.Add("  subscription: " + subscription.Name);
        return JsDescription(schema.Description) + "schema {\n" + string.Join("\n", operations) + "\n}";
    }

    private static string JsType(INamedType type) => type switch
    {
        ScalarType scalar => JsDescription(scalar.Description) + "scalar " + scalar.Name
            + (scalar.SpecifiedByUrl is null ? "" : $" @specifiedBy(url: {StringLiteral.Print(scalar.SpecifiedByUrl)})"),
        ObjectType obj => JsDescription(obj.Description) + "type " + obj.Name + Implements(obj.Interfaces) + JsFields(obj.Fields),
        InterfaceType iface => JsDescription(iface.Description) + "interface " + iface.Name + Implements(iface.Interfaces) + JsFields(iface.Fields),
        UnionType union => JsDescription(union.Description) + "union " + union.Name
            + (union.Types.Count > 0 ? " = " + string.Join(" | ", union.Types.Select(t => t.Name)) : ""),
        EnumType enumType => JsDescription(enumType.Description) + "enum " + enumType.Name
            + Block(enumType.Values.Select((v, i) => JsDescription(v.Description, "  ", i == 0) + "  " + v.Name + Deprecated(v.DeprecationReason))),
        InputObjectType input => JsDescription(input.Description) + "input " + input.Name + (input.IsOneOf ? " @oneOf" : "")
            + Block(input.Fields.Select((f, i) => JsDescription(f.Description, "  ", i == 0) + "  " + JsInputValue(f))),
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    private static string JsFields(IEnumerable<OutputField> fields) =>
        Block(fields.Select((f, i) => JsDescription(f.Description, "  ", i == 0) + "  " + f.Name
            + JsArguments(f.Arguments, "  ") + ": " + f.Type.Print() + Deprecated(f.DeprecationReason)));

    private static string JsArguments(IReadOnlyList<Argument> arguments, string indentation = "")
    {
        if (arguments.Count == 0) return "";
        if (arguments.All(a => a.Description is null)) return "(" + string.Join(", ", arguments.Select(JsInputValue)) + ")";
        return "(\n" + string.Join("\n", arguments.Select((a, i) =>
                JsDescription(a.Description, "  " + indentation, i == 0) + "  " + indentation + JsInputValue(a)))
            + "\n" + indentation + ")";
    }

    // graphql-js 17 prints a default as the SDL wrote it (16 re-printed it from the coerced value: "2.0" as "2").
    private static string JsInputValue(InputValue value)
    {
        var text = value.Name + ": " + value.Type.Print();
        if (value.DefaultValueSyntax is { } literal)
        {
            text += " = " + Printer.Print(literal);
        }

        return text + Deprecated(value.DeprecationReason);
    }

    private static string JsDirective(DirectiveDefinition directive) =>
        JsDescription(directive.Description) + "directive @" + directive.Name + JsArguments(directive.Arguments)
        + Deprecated(directive.DeprecationReason) + (directive.IsRepeatable ? " repeatable" : "")
        + " on " + string.Join(" | ", directive.Locations.Select(l => l.ToSpecName()));

    private static string JsDescription(string? description, string indentation = "", bool firstInBlock = true)
    {
        if (description is null) return "";
        var printed = BlockString.IsPrintable(description) ? BlockString.Print(description) : StringLiteral.Print(description);
        var prefix = indentation.Length > 0 && !firstInBlock ? "\n" + indentation : indentation;
        return prefix + printed.Replace("\n", "\n" + indentation) + "\n";
    }
}
