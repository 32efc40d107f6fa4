using System.Text;
using PostCatalog.GraphQL.Language;

namespace PostCatalog.GraphQL.Types;

/// <summary>
/// Prints a schema as SDL. <see cref="Print"/> follows HotChocolate's SchemaPrinter (what a HotChocolate server
/// exports); <see cref="PrintLikeGraphQLJs"/> follows graphql-js's printSchema (for conformance tests).
/// </summary>
public static partial class SchemaPrinter
{
    private static readonly HashSet<string> HotChocolateHiddenDirectives =
        [BuiltInDirectives.Skip, BuiltInDirectives.Include, BuiltInDirectives.Deprecated];

    /// <summary>
    /// HotChocolate's layout: the <c>schema {}</c> definition, then interfaces, objects, unions, input objects and
    /// enums (by kind, then by name), then directive definitions other than @skip/@include/@deprecated, then
    /// scalars other than the spec's. Single-line descriptions print as strings, multi-line ones as block
    /// strings; arguments stay on the field's line separated by spaces, each preceded by its description.
    /// </summary>
    public static string Print(Schema schema)
    {
        var definitions = new List<string> { PrintSchemaDefinition(schema) };
        definitions.AddRange(schema.Types
            .Where(t => t is not ScalarType)
            .OrderBy(t => HotChocolateKindOrder(t.Kind))
            .ThenBy(t => t.Name, StringComparer.Ordinal)
            .Select(PrintHotChocolateType));
        definitions.AddRange(schema.Directives
            .Where(d => !HotChocolateHiddenDirectives.Contains(d.Name))
            .OrderBy(d => d.Name, StringComparer.Ordinal)
            .Select(PrintHotChocolateDirective));
        definitions.AddRange(schema.Types
            .OfType<ScalarType>()
            .Where(s => !s.IsSpecScalar)
            .OrderBy(s => s.Name, StringComparer.Ordinal)
            .Select(s => HotChocolateDescription(s.Description, "") + "scalar " + s.Name + AppliedDirectives(s.Directives)
                + (s.SpecifiedByUrl is null ? "" : $" @specifiedBy(url: {StringLiteral.Print(s.SpecifiedByUrl)})")));
        return string.Join("\n\n", definitions);
    }

    // HotChocolate's TypeKind order: Interface, Object, Union, InputObject, Enum.
    private static int HotChocolateKindOrder(TypeKind kind) => kind switch
    {
        TypeKind.Interface => 0,
        TypeKind.Object => 1,
        TypeKind.Union => 2,
        TypeKind.InputObject => 3,
        _ => 4,
    };

    private static string PrintSchemaDefinition(Schema schema)
    {
        var builder = new StringBuilder(HotChocolateDescription(schema.Description, ""));
        builder.Append("schema").Append(AppliedDirectives(schema.SchemaDirectives)).Append(" {\n");
        builder.Append("  query: ").Append(schema.QueryType.Name).Append('\n');
        if (schema.MutationType is { } mutation) builder.Append("  mutation: ").Append(mutation.Name).Append('\n');
        if (schema.SubscriptionType is { } subscription) builder.Append("  subscription: ").Append(subscription.Name).Append('\n');
        return builder.Append('}').ToString();
    }

    private static string PrintHotChocolateType(INamedType type)
    {
        var head = HotChocolateDescription(type.Description, "");
        return type switch
        {
            ObjectType obj => head + "type " + obj.Name + Implements(obj.Interfaces) + AppliedDirectives(obj.Directives)
                + Block(obj.Fields.Select(PrintHotChocolateField)),
            InterfaceType iface => head + "interface " + iface.Name + Implements(iface.Interfaces) + AppliedDirectives(iface.Directives)
                + Block(iface.Fields.Select(PrintHotChocolateField)),
            UnionType union => head + "union " + union.Name + AppliedDirectives(union.Directives)
                + " = " + string.Join(" | ", union.Types.Select(t => t.Name)),
            InputObjectType input => head + "input " + input.Name + (input.IsOneOf ? " @oneOf" : "") + AppliedDirectives(input.Directives)
                + Block(input.Fields.Select(f => HotChocolateDescription(f.Description, "  ") + "  " + PrintHotChocolateInputValue(f))),
            EnumType enumType => head + "enum " + enumType.Name + AppliedDirectives(enumType.Directives)
                + Block(enumType.Values.Select(v => HotChocolateDescription(v.Description, "  ") + "  " + v.Name
                    + AppliedDirectives(v.Directives) + Deprecated(v.DeprecationReason))),
            _ => throw new ArgumentOutOfRangeException(nameof(type)),
        };
    }

    private static string PrintHotChocolateField(OutputField field) =>
        HotChocolateDescription(field.Description, "  ") + "  " + field.Name
        + HotChocolateArguments(field.Arguments) + ": " + field.Type.Print()
        + AppliedDirectives(field.Directives) + Deprecated(field.DeprecationReason);

    private static string HotChocolateArguments(IReadOnlyList<Argument> arguments) =>
        arguments.Count == 0
            ? ""
            : "(" + string.Join(" ", arguments.Select(a =>
                HotChocolateInlineDescription(a.Description) + PrintHotChocolateInputValue(a))) + ")";

    private static string PrintHotChocolateInputValue(InputValue value) =>
        value.Name + ": " + value.Type.Print()
        + (value.DefaultValueSyntax is { } defaultValue ? " = " + Printer.Print(defaultValue) : "")
        + AppliedDirectives(value.Directives) + Deprecated(value.DeprecationReason);

    private static string PrintHotChocolateDirective(DirectiveDefinition directive) =>
        HotChocolateDescription(directive.Description, "") + "directive @" + directive.Name
        + HotChocolateArguments(directive.Arguments) + Deprecated(directive.DeprecationReason) + (directive.IsRepeatable ? " repeatable" : "")
        + " on " + string.Join(" | ", directive.Locations.Select(l => l.ToSpecName()));

    /// <summary>HotChocolate trims descriptions and uses a block string only when the text spans lines.</summary>
    private static string HotChocolateDescription(string? description, string indentation)
    {
        if (string.IsNullOrEmpty(description)) return "";
        description = description.Trim();
        var printed = description.Contains('\n') ? BlockString.Print(description) : StringLiteral.Print(description);
        return indentation + printed.Replace("\n", "\n" + indentation) + "\n";
    }

    private static string HotChocolateInlineDescription(string? description)
    {
        if (string.IsNullOrEmpty(description)) return "";
        description = description.Trim();
        return (description.Contains('\n') ? BlockString.Print(description) : StringLiteral.Print(description)) + " ";
    }

    private static string Implements(IReadOnlyList<InterfaceType> interfaces) =>
        interfaces.Count == 0 ? "" : " implements " + string.Join(" & ", interfaces.Select(i => i.Name));

    private static string AppliedDirectives(IReadOnlyList<DirectiveNode> directives) =>
        string.Concat(directives.Select(d => " " + Printer.Print(d)));

    private static string Deprecated(string? reason) =>
        reason is null ? ""
        : reason == FieldDescriptor.DefaultDeprecationReason ? " @deprecated"
        : $" @deprecated(reason: {StringLiteral.Print(reason)})";

    private static string Block(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count == 0 ? "" : " {\n" + string.Join("\n", list) + "\n}";
    }
}
