namespace PostCatalog.GraphQL.Types;

/// <summary>Where a directive may appear (spec 3.13). <see cref="DirectiveLocations.ToSpecName"/> gives <c>FIELD_DEFINITION</c> etc.</summary>
public enum DirectiveLocation
{
    // Executable locations.
    Query,
    Mutation,
    Subscription,
    Field,
    FragmentDefinition,
    FragmentSpread,
    InlineFragment,
    VariableDefinition,
    /// <summary>graphql-js 17: a variable of an (experimental) fragment argument definition.</summary>
    FragmentVariableDefinition,

    // Type system locations.
    Schema,
    Scalar,
    Object,
    FieldDefinition,
    ArgumentDefinition,
    Interface,
    Union,
    Enum,
    EnumValue,
    InputObject,
    InputFieldDefinition,
    /// <summary>graphql-js 17: a directive definition (<c>@deprecated</c> may mark one).</summary>
    DirectiveDefinition,
}

public static class DirectiveLocations
{
    private static readonly Dictionary<DirectiveLocation, string> Names = new()
    {
        [DirectiveLocation.Query] = "QUERY",
        [DirectiveLocation.Mutation] = "MUTATION",
        [DirectiveLocation.Subscription] = "SUBSCRIPTION",
        [DirectiveLocation.Field] = "FIELD",
        [DirectiveLocation.FragmentDefinition] = "FRAGMENT_DEFINITION",
        [DirectiveLocation.FragmentSpread] = "FRAGMENT_SPREAD",
        [DirectiveLocation.InlineFragment] = "INLINE_FRAGMENT",
        [DirectiveLocation.VariableDefinition] = "VARIABLE_DEFINITION",
        [DirectiveLocation.FragmentVariableDefinition] = "FRAGMENT_VARIABLE_DEFINITION",
        [DirectiveLocation.Schema] = "SCHEMA",
        [DirectiveLocation.Scalar] = "SCALAR",
        [DirectiveLocation.Object] = "OBJECT",
        [DirectiveLocation.FieldDefinition] = "FIELD_DEFINITION",
        [DirectiveLocation.ArgumentDefinition] = "ARGUMENT_DEFINITION",
        [DirectiveLocation.Interface] = "INTERFACE",
        [DirectiveLocation.Union] = "UNION",
        [DirectiveLocation.Enum] = "ENUM",
        [DirectiveLocation.EnumValue] = "ENUM_VALUE",
        [DirectiveLocation.InputObject] = "INPUT_OBJECT",
        [DirectiveLocation.InputFieldDefinition] = "INPUT_FIELD_DEFINITION",
        [DirectiveLocation.DirectiveDefinition] = "DIRECTIVE_DEFINITION",
    };

    private static readonly Dictionary<string, DirectiveLocation> ByName =
        Names.ToDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);

    /// <summary>The spec's name, e.g. <c>FIELD_DEFINITION</c>.</summary>
    public static string ToSpecName(this DirectiveLocation location) => Names[location];

    public static bool TryParse(string specName, out DirectiveLocation location) => ByName.TryGetValue(specName, out location);

    public static bool IsExecutable(this DirectiveLocation location) => location <= DirectiveLocation.FragmentVariableDefinition;
}
