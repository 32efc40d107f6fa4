using PostCatalog.GraphQL.Introspection;
using PostCatalog.GraphQL.Language;
using PostCatalog.GraphQL.Types;

namespace PostCatalog.GraphQL.Validation;

/// <summary>
/// What a document may use without the schema declaring it, as graphql-js's schemas always have it: the meta
/// fields <c>__typename</c> (any composite type), <c>__schema</c> and <c>__type(name:)</c> (query root), and the
/// introspection types with the String and Boolean scalars they use.
/// </summary>
internal static class MetaFields
{
    /// <summary>The meta field <paramref name="name"/> selected on <paramref name="parentType"/>, or null (graphql-js getFieldDef).</summary>
    public static OutputField? Find(Schema schema, ICompositeType parentType, string name) => name switch
    {
        // The declaring type only shows in the field's coordinate; validation reads the parent from TypeInfo.
        "__typename" => IntrospectionFields.TypeName(parentType as ObjectType ?? schema.QueryType),
        "__schema" when ReferenceEquals(parentType, schema.QueryType) => IntrospectionFields.Schema(schema.QueryType),
        "__type" when ReferenceEquals(parentType, schema.QueryType) => IntrospectionFields.Type(schema.QueryType),
        _ => null,
    };

    /// <summary>A named type as graphql-js's schema would resolve it: the schema's own, an introspection type, String or Boolean.</summary>
    public static INamedType? ResolveNamedType(Schema schema, string name) => IntrospectionTypes.FindType(schema, name);

    /// <summary>The names of <see cref="ResolveNamedType"/>, for suggestions.</summary>
    public static IEnumerable<string> TypeNames(Schema schema) => IntrospectionTypes.TypesOf(schema).Select(type => type.Name);

    /// <summary>graphql-js typeFromAST over <see cref="ResolveNamedType"/>.</summary>
    public static IType? TypeFromAst(Schema schema, TypeNode typeNode) => typeNode switch
    {
        NonNullTypeNode nonNull => TypeFromAst(schema, nonNull.Type) is { } inner and not NonNullType ? new NonNullType(inner) : null,
        ListTypeNode list => TypeFromAst(schema, list.Type) is { } item ? new ListType(item) : null,
        NamedTypeNode named => ResolveNamedType(schema, named.Name.Value),
        _ => null,
    };
}
