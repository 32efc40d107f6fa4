using PostCatalog.GraphQL.Types;

namespace PostCatalog.GraphQL.Data.Paging;

/// <summary>What the client selected on a connection field, so paging runs only the queries whose answers are read.</summary>
public static class ConnectionSelection
{
    /// <summary>Whether the client selects <paramref name="field"/> (e.g. <c>totalCount</c>) on the connection this field returns.</summary>
    public static bool Reads(IResolverContext context, string field) =>
        context.Field.Type.NamedType() is not ObjectType connection || Selects(context.Selection, connection, name => name == field);

    /// <summary>Whether the client reads the page itself (<c>edges</c>, <c>nodes</c> or <c>pageInfo</c>), not only <c>totalCount</c>.</summary>
    public static bool ReadsPage(IResolverContext context, string connectionTypeName) =>
        context.Schema.GetType<ObjectType>(connectionTypeName) is not { } connection
        || Selects(context.Selection, connection, name => name is "edges" or "nodes" or "pageInfo");

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
            if (selection.Field.Name == "pageInfo" && Selects(selection, pageInfo, name => name == field)) return true;
        }

        return false;
    }

    /// <summary>Whether any field <paramref name="selection"/> selects on <paramref name="type"/> has a name <paramref name="wanted"/> accepts.</summary>
    private static bool Selects(ISelection selection, ObjectType type, Func<string, bool> wanted)
    {
        foreach (var child in selection.GetChildSelections(type))
        {
            if (wanted(child.Field.Name)) return true;
        }

        return false;
    }
}
