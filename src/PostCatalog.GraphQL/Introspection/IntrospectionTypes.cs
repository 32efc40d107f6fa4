using PostCatalog.GraphQL.Language;
using PostCatalog.GraphQL.Types;
using static PostCatalog.GraphQL.Introspection.IntrospectionTypeBuilder;

namespace PostCatalog.GraphQL.Introspection;

/// <summary>
/// The introspection types of spec section 4.5 (<c>__Schema</c>, <c>__Type</c>, ...), shared by every schema.
/// Names, fields, arguments and descriptions match graphql-js so a full introspection result equals its own.
/// Resolvers read the type model: a <see cref="Schema"/>, an <see cref="IType"/>, an <see cref="OutputField"/>,
/// an <see cref="InputValue"/>, an <see cref="EnumValue"/> or a <see cref="DirectiveDefinition"/>.
/// </summary>
public static class IntrospectionTypes
{
#pragma warning disable IDE1006 // named as the GraphQL types they are (__Schema, __Type, ...)
    public static ObjectType __Schema { get; }
    public static ObjectType __Directive { get; }
    public static EnumType __DirectiveLocation { get; }
    public static ObjectType __Type { get; }
    public static ObjectType __Field { get; }
    public static ObjectType __InputValue { get; }
    public static ObjectType __EnumValue { get; }
    public static EnumType __TypeKind { get; }
#pragma warning restore IDE1006

    /// <summary>All eight, in graphql-js's order.</summary>
    public static IReadOnlyList<INamedType> All { get; }

    /// <summary>The scalars the introspection types use; a schema that lacks them still lists them.</summary>
    public static IReadOnlyList<ScalarType> Scalars { get; } = [IntrospectionTypeBuilder.String, IntrospectionTypeBuilder.Boolean];

    private static readonly Dictionary<string, INamedType> ByName;

    public static INamedType? Find(string name) => ByName.GetValueOrDefault(name);

    public static bool IsIntrospectionType(string name) => ByName.ContainsKey(name);

    static IntrospectionTypes()
    {
        __Schema = Object("__Schema", Descriptions.Schema);
        __Directive = Object("__Directive", Descriptions.Directive);
        __DirectiveLocation = Enum("__DirectiveLocation", Descriptions.DirectiveLocation,
            Descriptions.DirectiveLocations.Select(l => (l.Name, l.Location, l.Description)).ToArray());
        __Type = Object("__Type", Descriptions.Type);
        __Field = Object("__Field", Descriptions.Field);
        __InputValue = Object("__InputValue", Descriptions.InputValue);
        __EnumValue = Object("__EnumValue", Descriptions.EnumValue);
        __TypeKind = Enum("__TypeKind", Descriptions.TypeKind,
            Descriptions.TypeKinds.Select(k => (k.Name, k.Kind, k.Description)).ToArray());

        var str = IntrospectionTypeBuilder.String;
        var boolean = IntrospectionTypeBuilder.Boolean;
        var type = __Type;

        Fields(__Schema,
            Field(__Schema, "description", str, c => c.Parent<Schema>().Description),
            Field(__Schema, "types", NonNull(ListOfNonNull(type)), c => TypesOf(c.Parent<Schema>()),
                "A list of all types supported by this server."),
            Field(__Schema, "queryType", NonNull(type), c => c.Parent<Schema>().QueryType,
                "The type that query operations will be rooted at."),
            Field(__Schema, "mutationType", type, c => c.Parent<Schema>().MutationType,
                "If this server supports mutation, the type that mutation operations will be rooted at."),
            Field(__Schema, "subscriptionType", type, c => c.Parent<Schema>().SubscriptionType,
                "If this server support subscription, the type that subscription operations will be rooted at."),
            Field(__Schema, "directives", NonNull(ListOfNonNull(__Directive)), c => Visible(c.Parent<Schema>().Directives, IncludeDeprecated(c)),
                "A list of all directives supported by this server.", IncludeDeprecated("__Schema.directives")));

        Fields(__Directive,
            Field(__Directive, "name", NonNull(str), c => c.Parent<DirectiveDefinition>().Name),
            Field(__Directive, "description", str, c => c.Parent<DirectiveDefinition>().Description),
            Field(__Directive, "isRepeatable", NonNull(boolean), c => c.Parent<DirectiveDefinition>().IsRepeatable),
            Field(__Directive, "locations", NonNull(ListOfNonNull(__DirectiveLocation)), c => c.Parent<DirectiveDefinition>().Locations),
            Field(__Directive, "args", NonNull(ListOfNonNull(__InputValue)),
                c => Visible(c.Parent<DirectiveDefinition>().Arguments, IncludeDeprecated(c)), null,
                IncludeDeprecated("__Directive.args")),
            Field(__Directive, "isDeprecated", NonNull(boolean), c => c.Parent<DirectiveDefinition>().IsDeprecated),
            Field(__Directive, "deprecationReason", str, c => c.Parent<DirectiveDefinition>().DeprecationReason));

        Fields(__Type,
            Field(__Type, "kind", NonNull(__TypeKind), c => c.Parent<IType>().Kind),
            Field(__Type, "name", str, c => (c.Parent<IType>() as INamedType)?.Name),
            Field(__Type, "description", str, c => (c.Parent<IType>() as INamedType)?.Description),
            Field(__Type, "specifiedByURL", str, c => (c.Parent<IType>() as ScalarType)?.SpecifiedByUrl),
            Field(__Type, "fields", ListOfNonNull(__Field),
                c => c.Parent<IType>() is IComplexOutputType complex ? Visible(complex.Fields, IncludeDeprecated(c)) : null,
                null, IncludeDeprecated("__Type.fields")),
            Field(__Type, "interfaces", ListOfNonNull(type),
                c => c.Parent<IType>() is IComplexOutputType complex ? complex.Interfaces : null),
            Field(__Type, "possibleTypes", ListOfNonNull(type),
                c => c.Parent<IType>() is IAbstractType abstractType ? c.Schema.GetPossibleTypes(abstractType) : null),
            Field(__Type, "enumValues", ListOfNonNull(__EnumValue),
                c => c.Parent<IType>() is EnumType enumType ? Visible(enumType.Values, IncludeDeprecated(c)) : null,
                null, IncludeDeprecated("__Type.enumValues")),
            Field(__Type, "inputFields", ListOfNonNull(__InputValue),
                c => c.Parent<IType>() is InputObjectType input ? Visible(input.Fields, IncludeDeprecated(c)) : null,
                null, IncludeDeprecated("__Type.inputFields")),
            Field(__Type, "ofType", type, c => (c.Parent<IType>() as IWrapperType)?.OfType),
            Field(__Type, "isOneOf", boolean, c => c.Parent<IType>() is InputObjectType input ? input.IsOneOf : null));

        Fields(__Field,
            Field(__Field, "name", NonNull(str), c => c.Parent<OutputField>().Name),
            Field(__Field, "description", str, c => c.Parent<OutputField>().Description),
            Field(__Field, "args", NonNull(ListOfNonNull(__InputValue)),
                c => Visible(c.Parent<OutputField>().Arguments, IncludeDeprecated(c)), null,
                IncludeDeprecated("__Field.args")),
            Field(__Field, "type", NonNull(type), c => c.Parent<OutputField>().Type),
            Field(__Field, "isDeprecated", NonNull(boolean), c => c.Parent<OutputField>().IsDeprecated),
            Field(__Field, "deprecationReason", str, c => c.Parent<OutputField>().DeprecationReason));

        Fields(__InputValue,
            Field(__InputValue, "name", NonNull(str), c => c.Parent<InputValue>().Name),
            Field(__InputValue, "description", str, c => c.Parent<InputValue>().Description),
            Field(__InputValue, "type", NonNull(type), c => c.Parent<InputValue>().Type),
            Field(__InputValue, "defaultValue", str, c => PrintDefaultValue(c.Parent<InputValue>()),
                "A GraphQL-formatted string representing the default value for this input value."),
            Field(__InputValue, "isDeprecated", NonNull(boolean), c => c.Parent<InputValue>().IsDeprecated),
            Field(__InputValue, "deprecationReason", str, c => c.Parent<InputValue>().DeprecationReason));

        Fields(__EnumValue,
            Field(__EnumValue, "name", NonNull(str), c => c.Parent<EnumValue>().Name),
            Field(__EnumValue, "description", str, c => c.Parent<EnumValue>().Description),
            Field(__EnumValue, "isDeprecated", NonNull(boolean), c => c.Parent<EnumValue>().IsDeprecated),
            Field(__EnumValue, "deprecationReason", str, c => c.Parent<EnumValue>().DeprecationReason));

        All = [__Schema, __Directive, __DirectiveLocation, __Type, __Field, __InputValue, __EnumValue, __TypeKind];
        ByName = All.ToDictionary(t => t.Name, StringComparer.Ordinal);
    }

    /// <summary>
    /// <c>__schema { types }</c>: the schema's types, then the introspection types and the scalars they use
    /// (graphql-js lists them too, so String and Boolean appear even in a schema that never mentions them).
    /// </summary>
    public static IReadOnlyList<INamedType> TypesOf(Schema schema)
    {
        var types = new List<INamedType>(schema.Types.Count + All.Count + 2);
        types.AddRange(schema.Types);
        foreach (var scalar in Scalars)
            if (schema.GetType(scalar.Name) is null) types.Add(scalar);
        foreach (var introspectionType in All)
            if (schema.GetType(introspectionType.Name) is null) types.Add(introspectionType);
        return types;
    }

    /// <summary>A named type by name, as <c>__type(name:)</c> answers: the schema's, or an introspection type or scalar.</summary>
    public static INamedType? FindType(Schema schema, string name) =>
        schema.GetType(name) ?? Find(name) ?? Scalars.FirstOrDefault(s => s.Name == name);

    private static IEnumerable<T> Visible<T>(IEnumerable<T> members, bool includeDeprecated) where T : class =>
        includeDeprecated ? members : members.Where(m => !IsDeprecated(m));

    private static bool IsDeprecated(object member) => member switch
    {
        OutputField field => field.IsDeprecated,
        InputValue input => input.IsDeprecated,
        EnumValue value => value.IsDeprecated,
        DirectiveDefinition directive => directive.IsDeprecated,
        _ => false,
    };

    // graphql-js 17 (getDefaultValueAST): the literal as the SDL wrote it, or the literal of a default given as a
    // value (built once, when the schema is); 16 re-printed every default from its coerced value.
    private static string? PrintDefaultValue(InputValue input) =>
        input.DefaultValueSyntax is { } literal ? Printer.Print(literal) : null;
}
