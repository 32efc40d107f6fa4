using PostCatalog.GraphQL.Language;

namespace PostCatalog.GraphQL.Types;

/// <summary>Questions about a type reference (graphql-js's isInputType, getNamedType, ...).</summary>
public static class TypeExtensions
{
    /// <summary>The named type inside any List/NonNull wrappers.</summary>
    public static INamedType NamedType(this IType type)
    {
        while (type is IWrapperType wrapper) type = wrapper.OfType;
        return (INamedType)type;
    }

    /// <summary>The type without its outer NonNull wrapper.</summary>
    public static IType NullableType(this IType type) => type is NonNullType nonNull ? nonNull.OfType : type;

    public static bool IsNonNull(this IType type) => type is NonNullType;

    /// <summary>True for <c>[T]</c> and <c>[T]!</c>.</summary>
    public static bool IsListType(this IType type) => type.NullableType() is ListType;

    public static bool IsInputType(this IType type) =>
        type.NamedType() is ScalarType or EnumType or InputObjectType;

    public static bool IsOutputType(this IType type) =>
        type.NamedType() is ScalarType or EnumType or ObjectType or InterfaceType or UnionType;

    public static bool IsLeafType(this IType type) => type is ILeafType;

    public static bool IsCompositeType(this IType type) => type is ICompositeType;

    public static bool IsAbstractType(this IType type) => type is IAbstractType;

    /// <summary>The type as written in SDL: <c>[String!]!</c>.</summary>
    public static string Print(this IType type) => type switch
    {
        NonNullType nonNull => nonNull.OfType.Print() + "!",
        ListType list => "[" + list.OfType.Print() + "]",
        INamedType named => named.Name,
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    /// <summary>Structural equality: same wrappers around the same named type.</summary>
    public static bool IsEqualType(this IType a, IType b) => (a, b) switch
    {
        (NonNullType x, NonNullType y) => x.OfType.IsEqualType(y.OfType),
        (ListType x, ListType y) => x.OfType.IsEqualType(y.OfType),
        (INamedType x, INamedType y) => ReferenceEquals(x, y) || (x.Kind == y.Kind && x.Name == y.Name),
        _ => false,
    };

    /// <summary>The type as a syntax node, e.g. for printing or comparing with a variable definition.</summary>
    public static TypeNode ToTypeNode(this IType type) => type switch
    {
        NonNullType nonNull => new NonNullTypeNode(nonNull.OfType.ToTypeNode()),
        ListType list => new ListTypeNode(list.OfType.ToTypeNode()),
        INamedType named => new NamedTypeNode(new NameNode(named.Name)),
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };
}
