using System.Runtime.CompilerServices;
using PostCatalog.GraphQL.Types;
using static PostCatalog.GraphQL.Introspection.IntrospectionTypeBuilder;

namespace PostCatalog.GraphQL.Introspection;

/// <summary>
/// The meta-fields every selection set may use (spec 4.4 and 4.5): <c>__typename</c> on any object type,
/// and <c>__schema</c> and <c>__type(name:)</c> on the query root. One field object per declaring type.
/// </summary>
public static class IntrospectionFields
{
    private static readonly ConditionalWeakTable<ObjectType, ObjectField> TypeNameFields = new();
    private static readonly ConditionalWeakTable<ObjectType, ObjectField> SchemaFields = new();
    private static readonly ConditionalWeakTable<ObjectType, ObjectField> TypeFields = new();

    public static bool IsMetaField(string fieldName) => fieldName is "__typename" or "__schema" or "__type";

    /// <summary><c>__typename: String!</c>; the executor answers it without calling a resolver.</summary>
    public static ObjectField TypeName(ObjectType declaringType) =>
        TypeNameFields.GetValue(declaringType, type => Field(type, "__typename", NonNull(IntrospectionTypeBuilder.String),
            c => c.ObjectType.Name, "The name of the current Object type at runtime."));

    /// <summary><c>__schema: __Schema!</c> on the query type.</summary>
    public static ObjectField Schema(ObjectType queryType) =>
        SchemaFields.GetValue(queryType, type => Field(type, "__schema", NonNull(IntrospectionTypes.__Schema),
            c => c.Schema, "Access the current type schema of this server."));

    /// <summary><c>__type(name: String!): __Type</c> on the query type.</summary>
    public static ObjectField Type(ObjectType queryType) =>
        TypeFields.GetValue(queryType, type => Field(type, "__type", IntrospectionTypes.__Type,
            c => c.ArgumentValue<string>("name") is { } name ? IntrospectionTypes.FindType(c.Schema, name) : null,
            "Request the type information of a single type.",
            NameArgument(type)));

    private static Argument NameArgument(ObjectType queryType) =>
        new(new MemberInfo("name"), NonNull(IntrospectionTypeBuilder.String), null, queryType.Name + ".__type");
}
