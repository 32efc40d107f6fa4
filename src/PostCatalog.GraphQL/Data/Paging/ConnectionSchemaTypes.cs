using PostCatalog.GraphQL.Types;

namespace PostCatalog.GraphQL.Data.Paging;

/// <summary>
/// Generates a connection's output types with HotChocolate's names, field order and descriptions:
/// <c>XConnection { pageInfo edges nodes totalCount }</c>, <c>XEdge { cursor node }</c> and the shared <c>PageInfo</c>.
/// </summary>
internal static class ConnectionSchemaTypes
{
    public const string PageInfoName = "PageInfo";

    public static void Register<T>(DataConventions conventions, string connectionName, string edgeName, string nodeTypeName, bool includeTotalCount)
    {
        conventions.Register(PageInfoName, PageInfoName, builder => builder.AddObjectType<PageInfo>(PageInfoName, type => type
            .Description("Information about pagination in a connection.")
            .Field("hasNextPage", "Boolean!", f => f
                .Description("Indicates whether more edges exist following the set defined by the clients arguments.")
                .Resolve(context => context.Parent<PageInfo>().HasNextPage))
            .Field("hasPreviousPage", "Boolean!", f => f
                .Description("Indicates whether more edges exist prior the set defined by the clients arguments.")
                .Resolve(context => context.Parent<PageInfo>().HasPreviousPage))
            .Field("startCursor", "String", f => f
                .Description("When paginating backwards, the cursor to continue.")
                .Resolve(context => context.Parent<PageInfo>().StartCursor))
            .Field("endCursor", "String", f => f
                .Description("When paginating forwards, the cursor to continue.")
                .Resolve(context => context.Parent<PageInfo>().EndCursor))));

        conventions.Register(edgeName, nodeTypeName, builder => builder.AddObjectType<Edge<T>>(edgeName, type => type
            .Description("An edge in a connection.")
            .Field("cursor", "String!", f => f
                .Description("A cursor for use in pagination.")
                .Resolve(context => context.Parent<Edge<T>>().Cursor))
            .Field("node", $"{nodeTypeName}!", f => f
                .Description("The item at the end of the edge.")
                .Resolve(context => context.Parent<Edge<T>>().Node))));

        conventions.Register(connectionName, $"{edgeName},{includeTotalCount}", builder => builder.AddObjectType<Connection<T>>(connectionName, type =>
        {
            type.Description("A connection to a list of items.")
                .Field("pageInfo", $"{PageInfoName}!", f => f
                    .Description("Information to aid in pagination.")
                    .Resolve(context => context.Parent<Connection<T>>().PageInfo))
                .Field("edges", $"[{edgeName}!]", f => f
                    .Description("A list of edges.")
                    .Resolve(context => context.Parent<Connection<T>>().Edges))
                .Field("nodes", $"[{nodeTypeName}!]", f => f
                    .Description("A flattened list of the nodes.")
                    .Resolve(context => context.Parent<Connection<T>>().Nodes));

            if (includeTotalCount)
            {
                // Resolved only when selected: the COUNT runs only for clients that ask for it.
                type.Field("totalCount", "Int!", f => f
                    .Description("Identifies the total count of items in the connection.")
                    .Resolve(async context => await context.Parent<Connection<T>>().GetTotalCountAsync(context.RequestAborted)));
            }
        }));
    }
}
