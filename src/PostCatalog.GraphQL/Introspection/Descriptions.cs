using PostCatalog.GraphQL.Types;

namespace PostCatalog.GraphQL.Introspection;

/// <summary>The descriptions of the introspection types, word for word as graphql-js has them (clients diff them).</summary>
internal static class Descriptions
{
    public const string Schema =
        "A GraphQL Schema defines the capabilities of a GraphQL server. It exposes all available types and directives on the server, as well as the entry points for query, mutation, and subscription operations.";

    public const string Directive =
        "A Directive provides a way to describe alternate runtime execution and type validation behavior in a GraphQL document.\n\nIn some cases, you need to provide options to alter GraphQL's execution behavior in ways field arguments will not suffice, such as conditionally including or skipping a field. Directives provide this by describing additional information to the executor.";

    public const string DirectiveLocation =
        "A Directive can be adjacent to many parts of the GraphQL language, a __DirectiveLocation describes one such possible adjacencies.";

    public const string Type =
        "The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.\n\nDepending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.";

    public const string Field =
        "Object and Interface types are described by a list of Fields, each of which has a name, potentially a list of arguments, and a return type.";

    public const string InputValue =
        "Arguments provided to Fields or Directives and the input fields of an InputObject are represented as Input Values which describe their type and optionally a default value.";

    public const string EnumValue =
        "One possible value for a given Enum. Enum values are unique values, not a placeholder for a string or numeric value. However an Enum value is returned in a JSON response as a string.";

    public const string TypeKind = "An enum describing what kind of type a given `__Type` is.";

    public static readonly (string Name, Types.DirectiveLocation Location, string Description)[] DirectiveLocations =
    [
        ("QUERY", Types.DirectiveLocation.Query, "Location adjacent to a query operation."),
        ("MUTATION", Types.DirectiveLocation.Mutation, "Location adjacent to a mutation operation."),
        ("SUBSCRIPTION", Types.DirectiveLocation.Subscription, "Location adjacent to a subscription operation."),
        ("FIELD", Types.DirectiveLocation.Field, "Location adjacent to a field."),
        ("FRAGMENT_DEFINITION", Types.DirectiveLocation.FragmentDefinition, "Location adjacent to a fragment definition."),
        ("FRAGMENT_SPREAD", Types.DirectiveLocation.FragmentSpread, "Location adjacent to a fragment spread."),
        ("INLINE_FRAGMENT", Types.DirectiveLocation.InlineFragment, "Location adjacent to an inline fragment."),
        ("VARIABLE_DEFINITION", Types.DirectiveLocation.VariableDefinition, "Location adjacent to an operation variable definition."),
        ("FRAGMENT_VARIABLE_DEFINITION", Types.DirectiveLocation.FragmentVariableDefinition, "Location adjacent to a fragment variable definition."),
        ("SCHEMA", Types.DirectiveLocation.Schema, "Location adjacent to a schema definition."),
        ("SCALAR", Types.DirectiveLocation.Scalar, "Location adjacent to a scalar definition."),
        ("OBJECT", Types.DirectiveLocation.Object, "Location adjacent to an object type definition."),
        ("FIELD_DEFINITION", Types.DirectiveLocation.FieldDefinition, "Location adjacent to a field definition."),
        ("ARGUMENT_DEFINITION", Types.DirectiveLocation.ArgumentDefinition, "Location adjacent to an argument definition."),
        ("INTERFACE", Types.DirectiveLocation.Interface, "Location adjacent to an interface definition."),
        ("UNION", Types.DirectiveLocation.Union, "Location adjacent to a union definition."),
        ("ENUM", Types.DirectiveLocation.Enum, "Location adjacent to an enum definition."),
        ("ENUM_VALUE", Types.DirectiveLocation.EnumValue, "Location adjacent to an enum value definition."),
        ("INPUT_OBJECT", Types.DirectiveLocation.InputObject, "Location adjacent to an input object type definition."),
        ("INPUT_FIELD_DEFINITION", Types.DirectiveLocation.InputFieldDefinition, "Location adjacent to an input object field definition."),
        ("DIRECTIVE_DEFINITION", Types.DirectiveLocation.DirectiveDefinition, "Location adjacent to a directive definition."),
    ];

    public static readonly (string Name, Types.TypeKind Kind, string Description)[] TypeKinds =
    [
        ("SCALAR", Types.TypeKind.Scalar, "Indicates this type is a scalar."),
        ("OBJECT", Types.TypeKind.Object, "Indicates this type is an object. `fields` and `interfaces` are valid fields."),
        ("INTERFACE", Types.TypeKind.Interface, "Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields."),
        ("UNION", Types.TypeKind.Union, "Indicates this type is a union. `possibleTypes` is a valid field."),
        ("ENUM", Types.TypeKind.Enum, "Indicates this type is an enum. `enumValues` is a valid field."),
        ("INPUT_OBJECT", Types.TypeKind.InputObject, "Indicates this type is an input object. `inputFields` is a valid field."),
        ("LIST", Types.TypeKind.List, "Indicates this type is a list. `ofType` is a valid field."),
        ("NON_NULL", Types.TypeKind.NonNull, "Indicates this type is a non-null. `ofType` is a valid field."),
    ];
}
