using PostCatalog.GraphQL.Types;

namespace PostCatalog.GraphQL.Data.Paging;

/// <summary>What the client selected on a connection field, so paging runs only the queries whose answers are read.</summary>
public static class ConnectionSelection
{
    /// <summary>Whether the client selects <paramref name="field"/> (e.g. <c>totalCount</c>) on the connection this field returns.</summary>
    public static bool Reads(IResolverContext context, string field)
    {
        if (context.Field.Type.NamedType() is not ObjectType connection) return true;
        foreach (var selection in context.Selection.GetChildSelections(connection))
        {
            if (selection.Field.Name == field) return true;
        }

        return false;
    }

    /// <summary>Whether the client reads the page itself (<c>edges</c>, <c>nodes</c> or <c>pageInfo</c>), not only <c>totalCount</c>.</summary>
    public static bool ReadsPage(IResolverContext context, string connectionTypeName)
    {
        if (context.Schema.GetType<ObjectType>(connectionTypeName) is not { } connection)
        {
            return true;
        }

        foreach (var selection in context.Selection.GetChildSelections(connection))
        {
            if (selection.Field.Name is "edges" or "nodes" or "pageInfo") return true;
        }

        return false;
    }

    /// <summary>Whether <c>pageInfo { <paramref name="field"/> }</c> is selected on the connection (through any alias or fragment).</summary>
    public static bool ReadsPageInfo(IResolverContext context, string connectionTypeName, string field)
    {
        if (context.Schema.GetType<ObjectType>(connectionTypeName) is not { } connection ||
            context.Schema.GetType<ObjectType>(ConnectionSchemaTypes.PageInfoName) is not { } pageInfo)
        {
            return true; // unknown shape: answer everything rather than guess
        }

        foreach (var selection in context.Selection.GetChildSelections(connection))
        {
            if (selection.Field.Name != "pageInfo") continue;
            foreach (var child in selection.GetChildSelections(pageInfo))
            {
                if (child.Field.Name == field) return true;
            }
        }

        return false;
    }
}
