namespace PostCatalog.GraphQL.Types;

// Enums (spec 3.9): at least one value, unique names, none named true, false or null.
internal static partial class SchemaValidator
{
    private static void ValidateEnumValues(Context context, EnumType enumType)
    {
        if (enumType.Values.Count == 0)
        {
            context.Report($"Enum type {enumType.Name} must define one or more values.", [enumType.SyntaxNode, .. enumType.ExtensionSyntaxNodes]);
        }

        ValidateUnique(context, enumType.Values, v => $"Enum value \"{v.Coordinate}\" can only be defined once.", v => v.SyntaxNode?.Name);
        foreach (var value in enumType.Values)
        {
            if (value.Name is "true" or "false" or "null")
            {
                context.Report($"Enum values cannot be named: {value.Name}", value.SyntaxNode);
                continue;
            }

            ValidateName(context, value.Name, value.SyntaxNode);
        }
    }
}
