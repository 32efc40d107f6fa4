using PostCatalog.GraphQL.Types;
using static PostCatalog.GraphQL.Tests.Execution.ExecutionHarness;

namespace PostCatalog.GraphQL.Tests.Execution;

/// <summary>Spec 6.3.2 CollectFields: fragments, merging by response name, @skip and @include.</summary>
public class FieldCollectionTests
{
    private static readonly Schema Schema = SchemaBuilder.FromSdl("""
        type Query { post: Post }
        type Post { id: ID! title: String! excerpt: String author: Author }
        type Author { name: String! slug: String! }
        """)
        .BindResolver("Query.post", _ => new Dictionary<string, object?>
        {
            ["id"] = "p1", ["title"] = "Hello", ["excerpt"] = "Hi",
            ["author"] = new Dictionary<string, object?> { ["name"] = "Ada", ["slug"] = "ada" },
        })
        .Build();

    [Fact]
    public async Task Fields_from_fragments_merge_in_first_seen_order()
    {
        var json = await RunAsync(Schema, """
            { post { title ...PostParts author { name } ... on Post { author { slug } id } } }
            fragment PostParts on Post { id excerpt }
            """);

        Assert.Equal(Json("""
            {"data":{"post":{"title":"Hello","id":"p1","excerpt":"Hi","author":{"name":"Ada","slug":"ada"}}}}
            """), json);
    }

    [Fact]
    public async Task Aliases_give_the_same_field_two_response_names()
    {
        var json = await RunAsync(Schema, "{ first: post { t: title } second: post { title __typename } }");

        Assert.Equal(Json("""{"data":{"first":{"t":"Hello"},"second":{"title":"Hello","__typename":"Post"}}}"""), json);
    }

    [Theory]
    [InlineData(true, false, """{"data":{"post":{"id":"p1","title":"Hello"}}}""")]
    [InlineData(false, false, """{"data":{"post":{"id":"p1"}}}""")]
    [InlineData(true, true, """{"data":{"post":{"id":"p1"}}}""")]
    public async Task Skip_and_include_read_variables_per_request(bool include, bool skip, string expected)
    {
        var json = await RunAsync(Schema,
            "query ($include: Boolean!, $skip: Boolean!) { post { id title @include(if: $include) @skip(if: $skip) } }",
            new { include, skip });

        Assert.Equal(Json(expected), json);
    }

    [Fact]
    public async Task A_skipped_fragment_drops_its_fields_but_not_the_same_field_selected_elsewhere()
    {
        var json = await RunAsync(Schema, """
            { post { ... on Post @skip(if: true) { title excerpt } excerpt ...Id @include(if: false) } }
            fragment Id on Post { id }
            """);

        Assert.Equal(Json("""{"data":{"post":{"excerpt":"Hi"}}}"""), json);
    }

    [Fact]
    public async Task Typename_is_answered_on_the_root_and_on_every_object()
    {
        var json = await RunAsync(Schema, "{ __typename post { __typename author { __typename } } }");

        Assert.Equal(Json("""{"data":{"__typename":"Query","post":{"__typename":"Post","author":{"__typename":"Author"}}}}"""), json);
    }

    [Fact]
    public async Task An_empty_selection_set_is_an_empty_object_as_in_graphql_js_17()
    {
        var json = await RunAsync(Schema, "{ post {} }");

        Assert.Equal(Json("""{"data":{"post":{}}}"""), json);
    }
}
