using PostCatalog.GraphQL.Execution;
using PostCatalog.GraphQL.Types;
using static PostCatalog.GraphQL.Tests.Execution.ExecutionHarness;

namespace PostCatalog.GraphQL.Tests.Execution.Introspection;

/// <summary>Spec 4.5: what <c>__schema</c> and <c>__type</c> tell about a schema.</summary>
public class IntrospectionTests
{
    private static readonly Schema Schema = SchemaBuilder.FromSdl("""
        scalar Instant @specifiedBy(url: "https://example.com/instant")
        type Query {
          post(slug: String, id: ID @deprecated(reason: "Use slug.")): Post
          when: Instant
        }
        type Post { title: String  headline: String @deprecated(reason: "Use title.") status: Status }
        enum Status { DRAFT PUBLISHED ARCHIVED @deprecated }
        input Find @oneOf { slug: String  legacyId: ID @deprecated }
        input Plain { a: Int }
        """).Build();

    [Fact]
    public async Task Deprecated_members_are_hidden_unless_asked_for()
    {
        var json = await RunAsync(Schema, """
            {
              post: __type(name: "Post") { visible: fields { name } all: fields(includeDeprecated: true) { name isDeprecated deprecationReason } }
              status: __type(name: "Status") { visible: enumValues { name } all: enumValues(includeDeprecated: true) { name deprecationReason } }
              find: __type(name: "Find") { visible: inputFields { name } all: inputFields(includeDeprecated: true) { name isDeprecated } }
              query: __type(name: "Query") { fields { name visible: args { name } all: args(includeDeprecated: true) { name deprecationReason } } }
            }
            """);

        Assert.Equal(Json("""
            {"data":{
              "post":{"visible":[{"name":"title"},{"name":"status"}],
                      "all":[{"name":"title","isDeprecated":false,"deprecationReason":null},
                             {"name":"headline","isDeprecated":true,"deprecationReason":"Use title."},
                             {"name":"status","isDeprecated":false,"deprecationReason":null}]},
              "status":{"visible":[{"name":"DRAFT"},{"name":"PUBLISHED"}],
                        "all":[{"name":"DRAFT","deprecationReason":null},{"name":"PUBLISHED","deprecationReason":null},
                               {"name":"ARCHIVED","deprecationReason":"No longer supported"}]},
              "find":{"visible":[{"name":"slug"}],"all":[{"name":"slug","isDeprecated":false},{"name":"legacyId","isDeprecated":true}]},
              "query":{"fields":[
                {"name":"post","visible":[{"name":"slug"}],"all":[{"name":"slug","deprecationReason":null},{"name":"id","deprecationReason":"Use slug."}]},
                {"name":"when","visible":[],"all":[]}]}}}
            """), json);
    }

    [Fact]
    public async Task OneOf_and_specifiedBy_are_reported_on_the_types_they_apply_to()
    {
        var json = await RunAsync(Schema, """
            {
              find: __type(name: "Find") { isOneOf }
              plain: __type(name: "Plain") { isOneOf }
              post: __type(name: "Post") { isOneOf }
              instant: __type(name: "Instant") { kind specifiedByURL }
            }
            """);

        Assert.Equal(Json("""
            {"data":{"find":{"isOneOf":true},"plain":{"isOneOf":false},"post":{"isOneOf":null},
                     "instant":{"kind":"SCALAR","specifiedByURL":"https://example.com/instant"}}}
            """), json);
    }

    [Fact]
    public async Task Wrapped_types_are_described_from_the_outside_in()
    {
        var schema = SchemaBuilder.FromSdl("type Query { matrix: [[Int!]]! }").Build();

        var json = await RunAsync(schema, """
            { __type(name: "Query") { fields { type { kind name ofType { kind ofType { kind ofType { kind ofType { kind name } } } } } } } }
            """);

        Assert.Equal(Json("""
            {"data":{"__type":{"fields":[{"type":{"kind":"NON_NULL","name":null,"ofType":{"kind":"LIST","ofType":{"kind":"LIST",
              "ofType":{"kind":"NON_NULL","ofType":{"kind":"SCALAR","name":"Int"}}}}}}]}}}
            """), json);
    }

    [Fact]
    public async Task The_introspection_types_describe_themselves()
    {
        var json = await RunAsync(Schema, """
            { __type(name: "__Directive") { kind fields { name } } kind: __type(name: "__TypeKind") { enumValues { name } } }
            """);

        Assert.Equal(Json("""
            {"data":{"__type":{"kind":"OBJECT","fields":[{"name":"name"},{"name":"description"},{"name":"isRepeatable"},
              {"name":"locations"},{"name":"args"},{"name":"isDeprecated"},{"name":"deprecationReason"}]},
             "kind":{"enumValues":[{"name":"SCALAR"},{"name":"OBJECT"},{"name":"INTERFACE"},{"name":"UNION"},{"name":"ENUM"},
              {"name":"INPUT_OBJECT"},{"name":"LIST"},{"name":"NON_NULL"}]}}}
            """), json);
    }

    [Fact]
    public async Task An_unknown_type_name_gives_null()
    {
        var json = await RunAsync(Schema, """{ __type(name: "Nope") { name } }""");

        Assert.Equal(Json("""{"data":{"__type":null}}"""), json);
    }

    [Fact]
    public async Task With_introspection_off_schema_and_type_are_refused_but_typename_works()
    {
        var options = new ExecutionOptions { EnableIntrospection = false };

        var refused = await ExecuteAsync(Schema, "{ when ...F }  fragment F on Query { __schema { queryType { name } } }", options: options);
        var typename = await RunAsync(Schema, "{ __typename }", options: options);

        Assert.False(refused.IsDataPresent);
        Assert.Equal(Json("""
            {"errors":[{"message":"Introspection is not allowed for the current request.","locations":[{"line":1,"column":38}],
              "extensions":{"code":"HC0046"}}]}
            """), refused.ToJson());
        Assert.Equal(Json("""{"data":{"__typename":"Query"}}"""), typename);
    }
}
