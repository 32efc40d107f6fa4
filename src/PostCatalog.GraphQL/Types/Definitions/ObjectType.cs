namespace PostCatalog.GraphQL.Types;

/// <summary>An object type: named fields, each resolved by a resolver; may implement interfaces.</summary>
public sealed class ObjectType : NamedTypeBase, IComplexOutputType
{
    private readonly Func<object, bool>? _isOfType;

    internal ObjectType(TypeDefinitionInfo info, Type? runtimeType, Func<object, bool>? isOfType) : base(info)
    {
        RuntimeType = runtimeType;
        _isOfType = isOfType;
    }

    public override TypeKind Kind => TypeKind.Object;

    public NamedCollection<ObjectField> Fields { get; private set; } = NamedCollection<ObjectField>.Empty;

    public IReadOnlyList<InterfaceType> Interfaces { get; private set; } = [];

    /// <summary>The CLR type registered for this object type (<c>AddObjectType&lt;T&gt;</c>); used to resolve abstract types.</summary>
    public Type? RuntimeType { get; }

    /// <summary>True when a custom IsOfType check was configured.</summary>
    public bool HasIsOfType => _isOfType is not null;

    IReadOnlyList<OutputField> IComplexOutputType.Fields => Fields;

    public ObjectField? GetField(string name) => Fields.Find(name);

    OutputField? IComplexOutputType.GetField(string name) => GetField(name);

    public bool IsImplementing(InterfaceType interfaceType) => Interfaces.Contains(interfaceType);

    /// <summary>
    /// Whether a runtime value belongs to this type: the custom check when configured, otherwise whether the value
    /// is an instance of <see cref="RuntimeType"/>. False when neither is known.
    /// </summary>
    public bool IsOfType(object runtimeValue) =>
        _isOfType?.Invoke(runtimeValue) ?? RuntimeType?.IsInstanceOfType(runtimeValue) ?? false;

    internal void Complete(IEnumerable<ObjectField> fields, IReadOnlyList<InterfaceType> interfaces)
    {
        Fields = new NamedCollection<ObjectField>(fields);
        Interfaces = interfaces;
    }
}
