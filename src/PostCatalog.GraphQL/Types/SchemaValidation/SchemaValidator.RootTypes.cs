namespace PostCatalog.GraphQL.Types;

// Root operation types (spec 3.3.1): a query type is required; every root type is an object type, and distinct.
internal static partial class SchemaValidator
{
    private static void ValidateRootTypes(Context context)
    {
        var schema = context.Schema;
        var query = schema.DeclaredQueryType;
        if (query is null)
        {
            context.Report("Query root type must be provided.", schema.SyntaxNode);
        }
        else if (query is not ObjectType)
        {
            context.Report($"Query root type must be Object type, it cannot be {query.Name}.", schema.SyntaxNode);
        }

        if (schema.DeclaredMutationType is { } mutation and not ObjectType)
        {
            context.Report($"Mutation root type must be Object type if provided, it cannot be {mutation.Name}.", schema.SyntaxNode);
        }

        if (schema.DeclaredSubscriptionType is { } subscription and not ObjectType)
        {
            context.Report($"Subscription root type must be Object type if provided, it cannot be {subscription.Name}.", schema.SyntaxNode);
        }

        var roots = new (string Operation, Types.INamedType? Type)[]
        {
            ("query", query), ("mutation", schema.DeclaredMutationType), ("subscription", schema.DeclaredSubscriptionType),
        };
        foreach (var group in roots.Where(r => r.Type is not null).GroupBy(r => r.Type!.Name).Where(g => g.Count() > 1))
        {
            var operations = group.Select(r => r.Operation).ToList();
            context.Report(
                $"All root types must be different, \"{group.Key}\" type is used as {string.Join(" and ", operations)} root types.",
                schema.SyntaxNode);
        }
    }
}
