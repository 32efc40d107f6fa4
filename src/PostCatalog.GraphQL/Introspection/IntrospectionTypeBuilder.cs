using PostCatalog.GraphQL.Language;
using PostCatalog.GraphQL.Types;

namespace PostCatalog.GraphQL.Introspection;

/// <summary>
/// Builds the fixed introspection types. They are created once, outside any schema, through the type model's
/// constructors (SchemaBuilder rejects names starting with <c>__</c>, as the spec requires of user types).
/// </summary>
internal static class IntrospectionTypeBuilder
{
    public static readonly StringType String = new();
    public static readonly BooleanType Boolean = new();

    public static ObjectType Object(string name, string description) =>
        new(new TypeDefinitionInfo(name) { Description = description }, runtimeType: null, isOfType: null);

    public static void Fields(ObjectType type, params ObjectField[] fields) => type.Complete(fields, []);

    public static ObjectField Field(ObjectType declaringType, string name, IOutputType type,
        Func<IResolverContext, object?> resolve, string? description = null, params Argument[] arguments) =>
        new(new MemberInfo(name) { Description = description }, declaringType, type, arguments,
            context => new ValueTask<object?>(resolve(context)), hasCustomResolver: true, [], []);

    /// <summary>
    /// The <c>includeDeprecated: Boolean! = false</c> argument of <c>fields</c>, <c>args</c>, <c>enumValues</c>,
    /// <c>inputFields</c> and <c>directives</c> (non-null since graphql-js 17; 16 had <c>Boolean = false</c>).
    /// </summary>
    public static Argument IncludeDeprecated(string ownerCoordinate)
    {
        var argument = new Argument(new MemberInfo("includeDeprecated"),
            new NonNullType(Boolean), new BooleanValueNode(false), ownerCoordinate);
        argument.SetCoercedDefault(false);
        return argument;
    }

    public static EnumType Enum<T>(string name, string description, params (string Name, T Value, string Description)[] values)
        where T : struct, System.Enum
    {
        var type = new EnumType(new TypeDefinitionInfo(name) { Description = description }, typeof(T));
        type.Complete(values
            .Select(v => new EnumValue(new MemberInfo(v.Name) { Description = v.Description }, type, v.Value))
            .ToList());
        return type;
    }

    public static NonNullType NonNull(IType type) => new(type);

    public static ListType List(IType type) => new(type);

    /// <summary><c>[T!]</c>, the shape of every introspection list.</summary>
    public static ListType ListOfNonNull(IType type) => new(new NonNullType(type));

    public static bool IncludeDeprecated(IResolverContext context) =>
        context.Arguments.TryGetValue("includeDeprecated", out var value) && value.Value is true;
}
