using PostCatalog.GraphQL.Types;

namespace PostCatalog.GraphQL.Tests.Types;

/// <summary>One test per type system rule (spec section 3, graphql-js validateSchema): the schema and the message.</summary>
public class SchemaValidationTests
{
    private static IReadOnlyList<string> Errors(string sdl) =>
        Assert.Throws<SchemaException>(() => SchemaBuilder.FromSdl(sdl).Build()).Errors.Select(e => e.Message).ToList();

    private static IReadOnlyList<string> Errors(Func<SchemaBuilder, SchemaBuilder> build) =>
        Assert.Throws<SchemaException>(() => build(new SchemaBuilder()).Build()).Errors.Select(e => e.Message).ToList();

    [Fact]
    public void A_valid_schema_builds() =>
        Assert.NotNull(SchemaBuilder.FromSdl("type Query { a: String }").Build());

    [Fact]
    public void Query_root_type_must_be_provided() =>
        Assert.Equal(["Query root type must be provided."], Errors("type Mutation { a: String }"));

    [Fact]
    public void Root_types_must_be_object_types() =>
        Assert.Equal(
            ["Query root type must be Object type, it cannot be Q.", "Mutation root type must be Object type if provided, it cannot be M."],
            Errors("schema { query: Q mutation: M } input Q { a: String } union M = O type O { a: String }"));

    [Fact]
    public void Root_types_must_be_different() =>
        Assert.Equal(
            ["All root types must be different, \"Query\" type is used as query and mutation root types."],
            Errors("schema { query: Query mutation: Query } type Query { a: String }"));

    [Fact]
    public void Names_must_not_begin_with_two_underscores() =>
        Assert.Equal(
            ["Name \"__Post\" must not begin with \"__\", which is reserved by GraphQL introspection.",
             "Name \"__id\" must not begin with \"__\", which is reserved by GraphQL introspection."],
            Errors("type Query { post: __Post } type __Post { __id: ID }"));

    [Fact]
    public void Names_must_match_the_name_grammar() =>
        Assert.Equal(
            ["Names must only contain [_a-zA-Z0-9] but \"post-title\" does not.", "Names must start with [_a-zA-Z] but \"1st\" does not."],
            Errors(b => b.AddQueryType(q => q.Field("post-title", "String").Field("1st", "String"))));

    [Fact]
    public void Types_must_be_defined_only_once() =>
        Assert.Equal(["There can be only one type named \"Post\"."],
            Errors("type Query { a: Post } type Post { a: String } type Post { b: String }"));

    [Fact]
    public void Objects_and_interfaces_must_define_fields() =>
        Assert.Equal(["Type Query must define one or more fields.", "Type Node must define one or more fields."],
            Errors("type Query interface Node"));

    [Fact]
    public void Field_names_must_be_unique() =>
        Assert.Equal(["Field \"Query.a\" can only be defined once."], Errors("type Query { a: String a: Int }"));

    [Fact]
    public void Field_types_must_be_output_types() =>
        Assert.Equal(["The type of Query.a must be Output Type but got: [Filter]."],
            Errors("type Query { a: [Filter] } input Filter { x: Int }"));

    [Fact]
    public void Argument_types_must_be_input_types() =>
        Assert.Equal(["The type of Query.a(post:) must be Input Type but got: Post!."],
            Errors("type Query { a(post: Post!): String } type Post { x: Int }"));

    [Fact]
    public void Argument_names_must_be_unique() =>
        Assert.Equal(["Argument \"Query.a(x:)\" can only be defined once."], Errors("type Query { a(x: Int, x: String): String }"));

    [Fact]
    public void Required_arguments_cannot_be_deprecated() =>
        Assert.Equal(["Required argument Query.a(x:) cannot be deprecated."],
            Errors("type Query { a(x: Int! @deprecated, y: Int! = 1 @deprecated): String }"));

    [Fact]
    public void Types_may_only_implement_interfaces() =>
        Assert.Equal(["Type Query must only implement Interface types, it cannot implement Other."],
            Errors("type Query implements Other { a: String } type Other { a: String }"));

    [Fact]
    public void An_interface_may_be_implemented_only_once() =>
        Assert.Equal(["Type Post can only implement Node once."],
            Errors("type Query { p: Post } interface Node { id: ID } type Post implements Node & Node { id: ID }"));

    [Fact]
    public void An_interface_cannot_implement_itself() =>
        Assert.Contains("Type Node cannot implement itself because it would create a circular reference.",
            Errors("type Query { n: Node } interface Node implements Node { id: ID }"));

    [Fact]
    public void Implementations_must_list_transitive_interfaces() =>
        Assert.Equal(["Type Post must implement Node because it is implemented by Resource."],
            Errors("""
                type Query { p: Post }
                interface Node { id: ID }
                interface Resource implements Node { id: ID url: String }
                type Post implements Resource { id: ID url: String }
                """));

    [Fact]
    public void Interfaces_cannot_implement_each_other_in_a_cycle() =>
        Assert.Contains("Type A cannot implement B because it would create a circular reference.",
            Errors("type Query { a: A } interface A implements B { x: Int } interface B implements A { x: Int }"));

    [Fact]
    public void Implementations_must_provide_every_interface_field() =>
        Assert.Equal(["Interface field Node.id expected but Post does not provide it."],
            Errors("type Query { p: Post } interface Node { id: ID } type Post implements Node { title: String }"));

    [Fact]
    public void Implementation_fields_may_be_covariant_but_not_contravariant()
    {
        var sdl = """
            type Query { p: Post }
            interface Node { id: ID  friend: Node  tags: [String] }
            type Post implements Node { id: ID!  friend: Post  tags: String }
            """;

        Assert.Equal(["Interface field Node.tags expects type [String] but Post.tags is type String."], Errors(sdl));
    }

    [Fact]
    public void Implementation_fields_must_take_the_interface_arguments_with_the_same_types() =>
        Assert.Equal(
            ["Interface field argument Node.posts(first:) expected but Author.posts does not provide it.",
             "Interface field argument Node.tags(first:) expects type Int but Author.tags(first:) is type Int!."],
            Errors("""
                type Query { a: Author }
                interface Node { posts(first: Int): String  tags(first: Int): String }
                type Author implements Node { posts: String  tags(first: Int!): String }
                """));

    [Fact]
    public void Implementation_fields_cannot_add_required_arguments() =>
        Assert.Equal(
            ["Object field Post.id includes required argument format that is missing from the Interface field Node.id."],
            Errors("type Query { p: Post } interface Node { id: ID } type Post implements Node { id(format: String!, short: Boolean): ID }"));

    [Fact]
    public void Unions_must_have_members() =>
        Assert.Equal(["Union type Result must define one or more member types."],
            Errors("type Query { r: Result } union Result"));

    [Fact]
    public void Union_members_must_be_object_types_listed_once() =>
        Assert.Equal(
            ["Union type Result can only include type Post once.",
             "Union type Result can only include Object types, it cannot include Node."],
            Errors("type Query { r: Result } interface Node { id: ID } type Post { id: ID } union Result = Post | Post | Node"));

    [Fact]
    public void Enums_must_have_values() =>
        Assert.Equal(["Enum type Color must define one or more values."], Errors("type Query { c: Color } enum Color"));

    [Fact]
    public void Enum_values_must_be_unique() =>
        Assert.Equal(["Enum value \"Color.RED\" can only be defined once."],
            Errors("type Query { c: Color } enum Color { RED GREEN RED }"));

    [Fact]
    public void Enum_values_cannot_be_named_true_false_or_null() =>
        Assert.Equal(["Enum values cannot be named: true", "Enum values cannot be named: null"],
            Errors(b => b
                .AddQueryType(q => q.Field("c", "Answer"))
                .AddEnumType("Answer", e => e.Value("true").Value("null").Value("MAYBE"))));

    [Fact]
    public void Input_objects_must_have_fields() =>
        Assert.Equal(["Input Object type Filter must define one or more fields."],
            Errors("type Query { a(f: Filter): Int } input Filter"));

    [Fact]
    public void Input_field_types_must_be_input_types() =>
        Assert.Equal(["The type of Filter.post must be Input Type but got: Post."],
            Errors("type Query { a(f: Filter): Int } input Filter { post: Post } type Post { a: Int }"));

    [Fact]
    public void Required_input_fields_cannot_be_deprecated() =>
        Assert.Equal(["Required input field Filter.id cannot be deprecated."],
            Errors("type Query { a(f: Filter): Int } input Filter { id: ID! @deprecated }"));

    [Fact]
    public void OneOf_input_fields_must_be_nullable_without_defaults() =>
        Assert.Equal(
            ["OneOf input field PostBy.id must be nullable.", "OneOf input field PostBy.slug cannot have a default value."],
            Errors("type Query { post(by: PostBy): Int } input PostBy @oneOf { id: ID! slug: String = \"x\" }"));

    [Fact]
    public void Input_objects_cannot_reference_themselves_through_non_null_fields() =>
        Assert.Equal(
            ["Cannot reference Input Object \"A\" within itself through a series of non-null fields: \"b.a\"."],
            Errors("""
                type Query { x(a: A): Int }
                input A { b: B! }
                input B { a: A!  list: [A!]!  optional: A }
                """));

    [Fact]
    public void OneOf_input_objects_must_be_inhabited() =>
        Assert.Equal(
            ["OneOf Input Object \"A\" must be inhabited but all fields recursively reference only other OneOf Input Objects.",
             "OneOf Input Object \"B\" must be inhabited but all fields recursively reference only other OneOf Input Objects."],
            Errors("type Query { x(a: A): Int } input A @oneOf { b: B } input B @oneOf { a: A }"));

    [Fact]
    public void Directive_names_must_be_unique() =>
        Assert.Equal(["There can be only one directive named \"@key\"."],
            Errors("type Query { a: Int } directive @key on OBJECT directive @key on FIELD"));

    [Fact]
    public void Directive_definitions_need_locations() =>
        Assert.Equal(["Directive @tag must include 1 or more locations."],
            Errors(b => b.AddQueryType(q => q.Field("a", "Int")).AddDirectiveType("tag", d => d.Argument("name", "String"))));

    [Fact]
    public void Applied_directives_must_be_defined_and_allowed_where_they_are_used() =>
        Assert.Equal(
            ["Directive \"@deprecated\" may not be used on OBJECT.", "Unknown directive \"@cached\"."],
            Errors("type Query @deprecated { a: Int @cached }"));

    [Fact]
    public void Applied_directives_may_repeat_only_when_repeatable() =>
        Assert.Equal(["The directive \"@key\" can only be used once at this location."],
            Errors("directive @key on OBJECT directive @tag repeatable on OBJECT type Query @key @key @tag @tag { a: Int }"));

    [Fact]
    public void Applied_directives_need_their_required_arguments_with_valid_values() =>
        Assert.Equal(
            ["Argument \"@key(fields:)\" of type \"String!\" is required, but it was not provided.",
             "Expected value of type \"Int\", found \"high\".",
             "Unknown argument \"level\" on directive \"@cost\"."],
            Errors("directive @key(fields: String!) on OBJECT directive @cost(weight: Int) on FIELD_DEFINITION type Query @key { a: Int @cost(weight: \"high\", level: 1) }"));

    [Fact]
    public void Every_problem_is_reported_at_once_with_its_location()
    {
        var exception = Assert.Throws<SchemaException>(() => SchemaBuilder.FromSdl("""
            type Query { a: Int }
            union U
            enum E
            """).Build());

        Assert.Equal(2, exception.Errors.Count);
        Assert.Equal(new ErrorLocation(2, 1), exception.Errors[0].Locations![0]);
        Assert.Contains("- Union type U must define one or more member types.", exception.Message);
    }
}
