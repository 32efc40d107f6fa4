using PostCatalog.GraphQL.Language;

namespace PostCatalog.GraphQL.Types;

// The categories of graphql-js's type/definition.ts as interfaces.
// ListType and NonNullType implement both IInputType and IOutputType (like GraphQLList), so whether a
// wrapped type is really usable as input or output is answered by TypeExtensions.IsInputType()/IsOutputType().

/// <summary>Any GraphQL type: a named type or a List/NonNull wrapper.</summary>
public interface IType
{
    TypeKind Kind { get; }
}

/// <summary>Types allowed for arguments, input fields and variables.</summary>
public interface IInputType : IType;

/// <summary>Types allowed for fields.</summary>
public interface IOutputType : IType;

/// <summary>Every type except <see cref="NonNullType"/>.</summary>
public interface INullableType : IType;

/// <summary><see cref="ListType"/> and <see cref="NonNullType"/>.</summary>
public interface IWrapperType : IType
{
    IType OfType { get; }
}

/// <summary>Something with a name: types, fields, arguments, enum values, directives.</summary>
public interface IHasName
{
    string Name { get; }
}

/// <summary>A type with a name: scalar, object, interface, union, enum or input object.</summary>
public interface INamedType : INullableType, IHasName
{
    string? Description { get; }

    /// <summary>
    /// Directives applied to the definition in SDL or code, other than the built-ins that have their own
    /// property (<c>@deprecated</c>, <c>@specifiedBy</c>, <c>@oneOf</c>).
    /// </summary>
    IReadOnlyList<DirectiveNode> Directives { get; }

    /// <summary>Free-form data conventions attach at build time; read-only afterwards.</summary>
    IReadOnlyDictionary<string, object?> ContextData { get; }
}

/// <summary>Scalars and enums: the leaves of a response, which convert between runtime, JSON and literal values.</summary>
public interface ILeafType : INamedType, IInputType, IOutputType
{
    /// <summary>Runtime value (what a resolver returned) to a JSON-ready value. Throws <see cref="SerializationException"/>.</summary>
    object? Serialize(object? runtimeValue);

    /// <summary>JSON-ish variable value (see <see cref="JsonInput"/>) to the runtime value. Throws <see cref="SerializationException"/>.</summary>
    object? ParseValue(object? inputValue);

    /// <summary>
    /// A literal from the document to the runtime value. <paramref name="variables"/> (already coerced) are only
    /// consulted by custom scalars that accept variables inside complex literals. Throws <see cref="SerializationException"/>.
    /// </summary>
    object? ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null);

    /// <summary>Runtime value to a literal, for printing default values. Throws <see cref="SerializationException"/>.</summary>
    ValueNode ValueToLiteral(object? runtimeValue);
}

/// <summary>Types that have a selection set: objects, interfaces, unions.</summary>
public interface ICompositeType : INamedType, IOutputType;

/// <summary>Object and interface types: they have fields and implement interfaces.</summary>
public interface IComplexOutputType : ICompositeType
{
    IReadOnlyList<OutputField> Fields { get; }

    IReadOnlyList<InterfaceType> Interfaces { get; }

    OutputField? GetField(string name);

    /// <summary>True when this type lists <paramref name="interfaceType"/> among its interfaces.</summary>
    bool IsImplementing(InterfaceType interfaceType);
}

/// <summary>Interfaces and unions: the concrete object type is decided at runtime.</summary>
public interface IAbstractType : ICompositeType
{
    /// <summary>Custom runtime type resolution; null means the schema's default (CLR type, then <c>IsOfType</c>).</summary>
    TypeResolver? ResolveType { get; }
}

/// <summary>Picks the object type of a value returned for an interface or union field; null when it cannot tell.</summary>
public delegate ObjectType? TypeResolver(object runtimeValue, IResolverContext context);
