namespace PostCatalog.GraphQL.Types;

/// <summary>The kinds of type; names match introspection's <c>__TypeKind</c>.</summary>
public enum TypeKind
{
    Scalar,
    Object,
    Interface,
    Union,
    Enum,
    InputObject,
    List,
    NonNull,
}
