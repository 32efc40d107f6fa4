namespace PostCatalog.GraphQL.Types;

/// <summary>Configures a union type.</summary>
public sealed class UnionTypeDescriptor : TypeDescriptor<UnionTypeDescriptor>
{
    internal UnionTypeDescriptor(string name) : base(name) { }

    internal override TypeKind Kind => TypeKind.Union;

    internal List<string> MemberNames { get; } = [];
    internal TypeResolver? TypeResolver { get; private set; }

    /// <summary>The member object types.</summary>
    public UnionTypeDescriptor Types(params string[] objectTypeNames)
    {
        MemberNames.AddRange(objectTypeNames);
        return this;
    }

    /// <summary>Custom runtime type resolution; by default the members' CLR types and IsOfType checks decide.</summary>
    public UnionTypeDescriptor ResolveType(TypeResolver resolveType)
    {
        TypeResolver = resolveType;
        return this;
    }
}
