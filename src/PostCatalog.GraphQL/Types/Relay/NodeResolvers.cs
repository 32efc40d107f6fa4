namespace PostCatalog.GraphQL.Types.Relay;

/// <summary>
/// The fetch of every node type, by type name: the one place <c>node(id:)</c> and <c>nodes(ids:)</c> look up which
/// entity a global id names. Each type adds itself with <see cref="RelayExtensions.AsNode{T}"/>.
/// </summary>
public sealed class NodeResolvers
{
    private readonly Dictionary<string, Func<IResolverContext, int, Task<object?>>> _byType = new(StringComparer.Ordinal);

    internal void Add(string typeName, Func<IResolverContext, int, Task<object?>> resolve)
    {
        if (!_byType.TryAdd(typeName, resolve))
        {
            throw new InvalidOperationException($"The node type `{typeName}` is declared twice.");
        }
    }

    /// <summary>The entity behind a global id, or null (malformed id, a type that is no node, or no such row).</summary>
    public Task<object?> ResolveAsync(IResolverContext context, string? id) =>
        GlobalId.TryParse(id, out var typeName, out var key) && _byType.TryGetValue(typeName, out var resolve)
            ? resolve(context, key)
            : Task.FromResult<object?>(null);
}
