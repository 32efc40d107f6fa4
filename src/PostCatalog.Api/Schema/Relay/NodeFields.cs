using PostCatalog.Api.Schema.Data;
using PostCatalog.Catalog;
using PostCatalog.GraphQL.Types;

namespace PostCatalog.Api.Schema.Relay;

/// <summary>Relay's object identification: the <c>Node</c> interface and <c>node(id:)</c> / <c>nodes(ids:)</c> on Query.</summary>
public static class NodeFields
{
    public const string MaxNodesExceededCode = "HC0066";

    public static SchemaBuilder AddNodeInterface(this SchemaBuilder builder) => builder
        .AddInterfaceType("Node", i => i
            .Description("The node interface is implemented by entities that have a global unique identifier.")
            .Field("id", "ID!"));

    /// <param name="maxBatch">Most ids one <c>nodes</c> call may ask for.</param>
    public static ObjectTypeDescriptor AddNodeFields(this ObjectTypeDescriptor query, int maxBatch) => query
        .Field("node", "Node", f => f
            .Description("Fetches an object given its ID.")
            .Argument("id", "ID!", a => a.Description("ID of the object."))
            .ResolveAsync(ctx => Resolve(ctx, ctx.ArgumentValue<string>("id"))))
        .Field("nodes", "[Node]!", f => f
            .Description("Lookup nodes by a list of IDs.")
            .Argument("ids", "[ID!]!", a => a.Description("The list of node IDs."))
            .ResolveAsync(async ctx =>
            {
                var ids = ctx.ArgumentValue<IReadOnlyList<object?>>("ids") ?? [];
                if (ids.Count > maxBatch)
                {
                    throw new GraphQLException(new GraphQLError(
                        $"The maximum number of nodes that can be fetched at once is {maxBatch}. This selection tried to fetch {ids.Count} nodes that exceeded the maximum allowed amount.")
                        .WithCode(MaxNodesExceededCode));
                }
                return await Task.WhenAll(ids.Select(id => Resolve(ctx, id as string)));
            }));

    /// <summary>The entity behind a global id, or null (unknown type, malformed id, or no such row).</summary>
    private static async Task<object?> Resolve(IResolverContext ctx, string? id)
    {
        if (!GlobalId.TryParse(id, out var typeName, out var key)) return null;
        return typeName switch
        {
            "Post" => await ctx.ById<Post>(key, p => p.Id),
            "Category" => await ctx.ById<Category>(key, c => c.Id),
            "Tag" => await ctx.ById<Tag>(key, t => t.Id),
            "Author" => await ctx.ById<Author>(key, a => a.Id),
            _ => null,
        };
    }
}
