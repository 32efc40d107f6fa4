using PostCatalog.GraphQL.Language;
using PostCatalog.GraphQL.Types;

namespace PostCatalog.GraphQL.Validation;

/// <summary>
/// The fields every selection may use without the schema declaring them (spec 4.1, graphql-js's
/// <c>TypeNameMetaFieldDef</c>, <c>SchemaMetaFieldDef</c>, <c>TypeMetaFieldDef</c>): <c>__typename</c> on any
/// composite type, <c>__schema</c> and <c>__type(name:)</c> on the query root.
/// </summary>
internal static class MetaFields
{
    public const string TypeName = "__typename";
    public const string Schema = "__schema";
    public const string Type = "__type";

    /// <summary>
    /// The introspection types (spec 4.2), which graphql-js's schemas always contain. Our <see cref="Types.Schema"/>
    /// leaves them to the introspection layer, so validation knows their names even when the schema does not.
    /// </summary>
    public static readonly IReadOnlySet<string> IntrospectionTypeNames = new HashSet<string>(StringComparer.Ordinal)
    {
        "__Schema", "__Type", "__TypeKind", "__Field", "__InputValue", "__EnumValue", "__Directive", "__DirectiveLocation",
    };

    // The introspection types use String and Boolean, so graphql-js's schemas always have those two scalars.
    private static readonly ScalarType StringScalar = BuiltInScalars.Create("String")!;
    private static readonly ScalarType BooleanScalar = BuiltInScalars.Create("Boolean")!;

    // __typename as a field definition: String!, no arguments. Its declaring type is a placeholder; rules read
    // the parent type from TypeInfo, never from the field.
    private static readonly ObjectField TypeNameField = CreateTypeNameField();

    /// <summary>The meta field <paramref name="name"/> selected on <paramref name="parentType"/>, or null.</summary>
    public static OutputField? Find(Types.Schema schema, ICompositeType parentType, string name)
    {
        if (name == TypeName) return TypeNameField;
        if ((name == Schema || name == Type) && ReferenceEquals(parentType, schema.QueryType))
        {
            return ((schema.GetType("__Schema") as ObjectType)?.GetField(name));
        }

        return null;
    }

    /// <summary>
    /// Whether <paramref name="name"/> is <c>__schema</c> or <c>__type</c> on the query root while the schema has no
    /// introspection types to check its selections against: the field exists, its selections go unchecked.
    /// </summary>
    public static bool IsUncheckedIntrospectionField(Types.Schema schema, ICompositeType? parentType, string name) =>
        (name == Schema || name == Type)
        && parentType is not null
        && ReferenceEquals(parentType, schema.QueryType)
        && schema.GetType("__Schema") is null;

    /// <summary>
    /// A named type as graphql-js's schema would resolve it: the schema's own, else String or Boolean
    /// (present in every graphql-js schema through introspection).
    /// </summary>
    public static INamedType? ResolveNamedType(Types.Schema schema, string name) =>
        schema.GetType(name) ?? name switch
        {
            "String" => StringScalar,
            "Boolean" => BooleanScalar,
            _ => null,
        };

    /// <summary>graphql-js typeFromAST over <see cref="ResolveNamedType"/>.</summary>
    public static IType? TypeFromAst(Types.Schema schema, TypeNode typeNode) => typeNode switch
    {
        NonNullTypeNode nonNull => TypeFromAst(schema, nonNull.Type) is { } inner and not NonNullType ? new NonNullType(inner) : null,
        ListTypeNode list => TypeFromAst(schema, list.Type) is { } item ? new ListType(item) : null,
        NamedTypeNode named => ResolveNamedType(schema, named.Name.Value),
        _ => null,
    };

    private static ObjectField CreateTypeNameField()
    {
        var holder = new ObjectType(new TypeDefinitionInfo("__TypeNameHolder"), runtimeType: null, isOfType: null);
        return new ObjectField(
            new MemberInfo(TypeName),
            holder,
            new NonNullType(StringScalar),
            arguments: [],
            resolver: _ => ValueTask.FromResult<object?>(null),
            hasCustomResolver: false,
            middleware: [],
            schemaMiddleware: []);
    }
}
