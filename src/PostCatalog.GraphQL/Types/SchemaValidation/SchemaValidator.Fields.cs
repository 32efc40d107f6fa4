namespace PostCatalog.GraphQL.Types;

// Fields and arguments of objects and interfaces (spec 3.6): at least one field, unique names, valid arguments.
internal static partial class SchemaValidator
{
    private static void ValidateFields(Context context, IComplexOutputType type)
    {
        var named = (NamedTypeBase)type;
        if (type.Fields.Count == 0)
        {
            context.Report($"Type {type.Name} must define one or more fields.", [named.SyntaxNode, .. named.ExtensionSyntaxNodes]);
        }

        ValidateUnique(context, type.Fields, f => $"Field \"{f.Coordinate}\" can only be defined once.", f => f.SyntaxNode?.Name);
        foreach (var field in type.Fields)
        {
            ValidateName(context, field.Name, field.SyntaxNode);
            ValidateArguments(context, field.Arguments, field.Coordinate);
        }
    }

    /// <summary>Argument rules shared by fields and directives.</summary>
    private static void ValidateArguments(Context context, IReadOnlyList<Argument> arguments, string ownerCoordinate)
    {
        ValidateUnique(context, arguments, a => $"Argument \"{a.Coordinate}\" can only be defined once.", a => a.SyntaxNode?.Name);
        foreach (var argument in arguments)
        {
            ValidateName(context, argument.Name, argument.SyntaxNode);
            if (argument.IsRequired && argument.IsDeprecated)
            {
                context.Report($"Required argument {argument.Coordinate} cannot be deprecated.",
                    DeprecatedDirectiveNode(argument.SyntaxNode), argument.SyntaxNode?.Type);
            }
        }
    }

    private static Language.DirectiveNode? DeprecatedDirectiveNode(Language.IHasDirectives? node) =>
        node?.Directives.FirstOrDefault(d => d.Name.Value == BuiltInDirectives.Deprecated);
}
