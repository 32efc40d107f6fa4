namespace PostCatalog.GraphQL.Types;

/// <summary>An interface: fields that implementing object (and interface) types must provide.</summary>
public sealed class InterfaceType : NamedTypeBase, IComplexOutputType, IAbstractType
{
    internal InterfaceType(TypeDefinitionInfo info, TypeResolver? resolveType) : base(info)
    {
        ResolveType = resolveType;
    }

    public override TypeKind Kind => TypeKind.Interface;

    public NamedCollection<InterfaceField> Fields { get; private set; } = NamedCollection<InterfaceField>.Empty;

    /// <summary>Interfaces this interface implements (spec: interfaces implementing interfaces).</summary>
    public IReadOnlyList<InterfaceType> Interfaces { get; private set; } = [];

    public TypeResolver? ResolveType { get; }

    IReadOnlyList<OutputField> IComplexOutputType.Fields => Fields;

    public InterfaceField? GetField(string name) => Fields.Find(name);

    OutputField? IComplexOutputType.GetField(string name) => GetField(name);

    public bool IsImplementing(InterfaceType interfaceType) => Interfaces.Contains(interfaceType);

    internal void Complete(IEnumerable<InterfaceField> fields, IReadOnlyList<InterfaceType> interfaces)
    {
        Fields = new NamedCollection<InterfaceField>(fields);
        Interfaces = interfaces;
    }
}
