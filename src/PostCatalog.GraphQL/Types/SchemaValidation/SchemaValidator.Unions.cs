namespace PostCatalog.GraphQL.Types;

// Unions (spec 3.8): at least one member, each an object type, each listed once.
internal static partial class SchemaValidator
{
    private static void ValidateUnionMembers(Context context, UnionType union)
    {
        if (union.DeclaredMembers.Count == 0)
        {
            context.Report($"Union type {union.Name} must define one or more member types.", [union.SyntaxNode, .. union.ExtensionSyntaxNodes]);
        }

        var seen = new HashSet<string>();
        foreach (var member in union.DeclaredMembers)
        {
            if (!seen.Add(member.Name))
            {
                context.Report($"Union type {union.Name} can only include type {member.Name} once.", union.SyntaxNode);
            }
            else if (member is not ObjectType)
            {
                context.Report($"Union type {union.Name} can only include Object types, it cannot include {member.Name}.", union.SyntaxNode);
            }
        }
    }
}
