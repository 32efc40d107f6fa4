namespace PostCatalog.GraphQL.Types;

// Implementing interfaces (spec 3.6.1 IsValidImplementation): once each, not itself, every ancestor listed,
// every interface field present with a covariant type and the same arguments, no extra required arguments.
internal static partial class SchemaValidator
{
    private static void ValidateInterfaces(Context context, IComplexOutputType type)
    {
        var named = (NamedTypeBase)type;
        var seen = new HashSet<string>();
        foreach (var iface in type.Interfaces)
        {
            if (ReferenceEquals(iface, type))
            {
                context.Report($"Type {type.Name} cannot implement itself because it would create a circular reference.", named.SyntaxNode);
                continue;
            }

            if (!seen.Add(iface.Name))
            {
                context.Report($"Type {type.Name} can only implement {iface.Name} once.", named.SyntaxNode);
                continue;
            }

            ValidateImplementsAncestors(context, type, iface);
            ValidateImplementsInterface(context, type, iface);
        }
    }

    private static void ValidateImplementsAncestors(Context context, IComplexOutputType type, InterfaceType iface)
    {
        foreach (var transitive in iface.Interfaces)
        {
            if (type.Interfaces.Contains(transitive)) continue;
            context.Report(ReferenceEquals(transitive, type)
                ? $"Type {type.Name} cannot implement {iface.Name} because it would create a circular reference."
                : $"Type {type.Name} must implement {transitive.Name} because it is implemented by {iface.Name}.",
                ((NamedTypeBase)type).SyntaxNode);
        }
    }

    private static void ValidateImplementsInterface(Context context, IComplexOutputType type, InterfaceType iface)
    {
        foreach (var ifaceField in iface.Fields)
        {
            var field = type.GetField(ifaceField.Name);
            if (field is null)
            {
                context.Report(
                    $"Interface field {iface.Name}.{ifaceField.Name} expected but {type.Name} does not provide it.",
                    ifaceField.SyntaxNode, ((NamedTypeBase)type).SyntaxNode);
                continue;
            }

            if (!context.Schema.IsTypeSubTypeOf(field.Type, ifaceField.Type))
            {
                context.Report(
                    $"Interface field {iface.Name}.{ifaceField.Name} expects type {ifaceField.Type.Print()} but {type.Name}.{field.Name} is type {field.Type.Print()}.",
                    ifaceField.SyntaxNode?.Type, field.SyntaxNode?.Type);
            }

            foreach (var ifaceArgument in ifaceField.Arguments)
            {
                var argument = field.Arguments.Find(ifaceArgument.Name);
                if (argument is null)
                {
                    context.Report(
                        $"Interface field argument {iface.Name}.{ifaceField.Name}({ifaceArgument.Name}:) expected but {type.Name}.{field.Name} does not provide it.",
                        ifaceArgument.SyntaxNode, field.SyntaxNode);
                }
                else if (!argument.Type.IsEqualType(ifaceArgument.Type))
                {
                    context.Report(
                        $"Interface field argument {iface.Name}.{ifaceField.Name}({ifaceArgument.Name}:) expects type {ifaceArgument.Type.Print()} but {type.Name}.{field.Name}({argument.Name}:) is type {argument.Type.Print()}.",
                        ifaceArgument.SyntaxNode?.Type, argument.SyntaxNode?.Type);
                }
            }

            foreach (var argument in field.Arguments)
            {
                if (argument.IsRequired && ifaceField.Arguments.Find(argument.Name) is null)
                {
                    context.Report(
                        $"Object field {type.Name}.{field.Name} includes required argument {argument.Name} that is missing from the Interface field {iface.Name}.{ifaceField.Name}.",
                        argument.SyntaxNode, ifaceField.SyntaxNode);
                }
            }
        }
    }
}
