using System.Linq.Expressions;

namespace PostCatalog.GraphQL.Types.Relay;

/// <summary>
/// Relay's object identification, as HotChocolate's code-first API declares it: a type says once that it is a node
/// (<see cref="AsNode{T}"/>: the <c>Node</c> interface, its <c>id</c> field and its fetch), and the query type gets
/// <c>node(id:)</c> and <c>nodes(ids:)</c> (<see cref="AddNodeFields"/>), which serve every node type with no list of them.
/// </summary>
public static class RelayExtensions
{
    /// <summary>HotChocolate's code for a <c>nodes(ids:)</c> call over the batch limit.</summary>
    public const string MaxNodesExceededCode = "HC0066";

    /// <summary>
    /// Makes the type a Relay node: it implements <c>Node</c> (added to the schema once), gets <c>id: ID!</c> (the
    /// global id of <paramref name="key"/>, HotChocolate's format), and <paramref name="fetch"/> is how
    /// <c>node(id:)</c> finds one by its key.
    /// </summary>
    public static ObjectTypeDescriptor<T> AsNode<T>(this ObjectTypeDescriptor<T> type, Expression<Func<T, int>> key, Func<IResolverContext, int, Task<T?>> fetch)
        where T : class
    {
        var builder = type.Builder ?? throw new InvalidOperationException($"`{type.Name}` must be added to a SchemaBuilder to be a node.");
        var typeName = type.Name;
        var read = key.Compile();
        Resolvers(builder).Add(typeName, async (context, id) => await fetch(context, id).ConfigureAwait(false));
        return type
            .Implements("Node")
            .Field("id", "ID!", f => f
                .Resolve(context => GlobalId.Format(typeName, read(context.Parent<T>())))
                .SetContextData(FieldDescriptor.PureResolverKey, true)
                .SetContextData(FieldDescriptor.ParentMembersKey, new[] { ParentMember.Of(key) }));
    }

    /// <summary><c>node(id:)</c> and <c>nodes(ids:)</c> on the query type; <paramref name="maxBatch"/> is the most ids one <c>nodes</c> call may ask for.</summary>
    public static ObjectTypeDescriptor AddNodeFields(this ObjectTypeDescriptor query, int maxBatch)
    {
        var builder = query.Builder ?? throw new InvalidOperationException("The query type must be added to a SchemaBuilder.");
        var nodes = Resolvers(builder);
        return query
            .Field("node", "Node", f => f
                .Description("Fetches an object given its ID.")
                .Argument("id", "ID!", a => a.Description("ID of the object."))
                .ResolveAsync(ctx => nodes.ResolveAsync(ctx, ctx.ArgumentValue<string>("id"))))
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

                    return await Task.WhenAll(ids.Select(id => nodes.ResolveAsync(ctx, id as string))).ConfigureAwait(false);
                }));
    }

    /// <summary>The builder's node resolvers; the first use adds the <c>Node</c> interface to the schema.</summary>
    private static NodeResolvers Resolvers(SchemaBuilder builder) => builder.Convention(() =>
    {
        builder.AddInterfaceType("Node", i => i
            .Description("The node interface is implemented by entities that have a global unique identifier.")
            .Field("id", "ID!"));
        return new NodeResolvers();
    });
}
