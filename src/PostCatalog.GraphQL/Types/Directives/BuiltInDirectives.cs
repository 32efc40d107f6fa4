namespace PostCatalog.GraphQL.Types;

/// <summary>The directives every schema has (descriptions as graphql-js gives them, so introspection matches).</summary>
public static class BuiltInDirectives
{
    public const string Skip = "skip";
    public const string Include = "include";
    public const string Deprecated = "deprecated";
    public const string SpecifiedBy = "specifiedBy";
    public const string OneOf = "oneOf";

    private static readonly HashSet<string> Names = [Include, Skip, Deprecated, SpecifiedBy, OneOf];

    public static bool IsBuiltIn(string name) => Names.Contains(name);

    internal static IEnumerable<DirectiveDescriptor> Create()
    {
        yield return Describe(Include,
                "Directs the executor to include this field or fragment only when the `if` argument is true.")
            .Argument("if", "Boolean!", a => a.Description("Included when true."))
            .Location(DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment);

        yield return Describe(Skip,
                "Directs the executor to skip this field or fragment when the `if` argument is true.")
            .Argument("if", "Boolean!", a => a.Description("Skipped when true."))
            .Location(DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment);

        yield return Describe(Deprecated, "Marks an element of a GraphQL schema as no longer supported.")
            .Argument("reason", "String!", a => a
                .Description("Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/).")
                .DefaultValue(FieldDescriptor.DefaultDeprecationReason))
            .Location(
                DirectiveLocation.FieldDefinition,
                DirectiveLocation.ArgumentDefinition,
                DirectiveLocation.InputFieldDefinition,
                DirectiveLocation.EnumValue,
                DirectiveLocation.DirectiveDefinition);

        yield return Describe(SpecifiedBy, "Exposes a URL that specifies the behavior of this scalar.")
            .Argument("url", "String!", a => a.Description("The URL that specifies the behavior of this scalar."))
            .Location(DirectiveLocation.Scalar);

        yield return Describe(OneOf, "Indicates exactly one field must be supplied and this field must not be `null`.")
            .Location(DirectiveLocation.InputObject);
    }

    private static DirectiveDescriptor Describe(string name, string description) =>
        new DirectiveDescriptor(name) { IsBuiltIn = true }.Description(description);
}
