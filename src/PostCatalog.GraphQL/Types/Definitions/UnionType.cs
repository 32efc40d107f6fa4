namespace PostCatalog.GraphQL.Types;

/// <summary>A union: one of several object types, decided at runtime.</summary>
public sealed class UnionType : NamedTypeBase, IAbstractType
{
    internal UnionType(TypeDefinitionInfo info, TypeResolver? resolveType) : base(info)
    {
        ResolveType = resolveType;
    }

    public override TypeKind Kind => TypeKind.Union;

    /// <summary>The member types, in declaration order.</summary>
    public IReadOnlyList<ObjectType> Types { get; private set; } = [];

    public TypeResolver? ResolveType { get; }

    public bool ContainsType(string typeName) => Types.Any(t => t.Name == typeName);

    // Members are INamedType until validation has checked they are all object types.
    internal IReadOnlyList<INamedType> DeclaredMembers { get; private set; } = [];

    internal void Complete(IReadOnlyList<INamedType> members)
    {
        DeclaredMembers = members;
        Types = members.OfType<ObjectType>().ToList();
    }
}
