namespace PostCatalog.GraphQL.Types;

/// <summary>Configures an interface type.</summary>
public sealed class InterfaceTypeDescriptor : ComplexTypeDescriptor<InterfaceTypeDescriptor>
{
    internal InterfaceTypeDescriptor(string name) : base(name) { }

    internal override TypeKind Kind => TypeKind.Interface;

    internal TypeResolver? TypeResolver { get; private set; }

    /// <summary>Custom runtime type resolution; by default the implementing types' CLR types and IsOfType checks decide.</summary>
    public InterfaceTypeDescriptor ResolveType(TypeResolver resolveType)
    {
        TypeResolver = resolveType;
        return this;
    }
}
