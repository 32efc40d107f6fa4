namespace PostCatalog.GraphQL.Types;

/// <summary>
/// <c>@defer</c> and <c>@stream</c>, as graphql-js 17's <c>GraphQLDeferDirective</c> and <c>GraphQLStreamDirective</c>
/// define them (descriptions and argument order included, so SDL and introspection equal graphql-js's). Like graphql-js,
/// they are not in every schema: a schema opts in with <see cref="SchemaBuilder.AddDeferAndStream"/>, or an SDL
/// document declares them; then they are printed in the SDL like any directive the schema defines.
/// </summary>
public static class IncrementalDirectives
{
    public const string Defer = "defer";
    public const string Stream = "stream";

    internal static void DescribeDefer(DirectiveDescriptor directive) => directive
        .Description("Directs the executor to defer this fragment when the `if` argument is true or undefined.")
        .Argument("if", "Boolean!", a => a.Description("Deferred when true or undefined.").DefaultValue(true))
        .Argument("label", "String", a => a.Description("Unique name"))
        .Location(DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment);

    internal static void DescribeStream(DirectiveDescriptor directive) => directive
        .Description("Directs the executor to stream plural fields when the `if` argument is true or undefined.")
        .Argument("initialCount", "Int!", a => a.Description("Number of items to return immediately").DefaultValue(0))
        .Argument("if", "Boolean!", a => a.Description("Stream when true or undefined.").DefaultValue(true))
        .Argument("label", "String", a => a.Description("Unique name"))
        .Location(DirectiveLocation.Field);
}
