using PostCatalog.GraphQL.Types;
using static PostCatalog.GraphQL.Tests.Execution.ExecutionHarness;

namespace PostCatalog.GraphQL.Tests.Execution;

/// <summary>Spec 6.4.4: a null where the type forbids it makes the nearest nullable parent null, with one error.</summary>
public class NullPropagationTests
{
    private static Dictionary<string, object?> Post(string? title) => new() { ["id"] = "p", ["title"] = title };

    private static readonly Schema Schema = SchemaBuilder.FromSdl("""
        type Query {
          post: Post
          requiredPost: Post!
          posts: [Post]
          strictPosts: [Post!]
          tags: [String!]!
          nested: [[Int!]]
        }
        type Post { id: ID! title: String! }
        """)
        .BindResolver("Query.post", _ => Post(null))
        .BindResolver("Query.requiredPost", _ => Post(null))
        .BindResolver("Query.posts", _ => new[] { Post("a"), Post(null), Post("c") })
        .BindResolver("Query.strictPosts", _ => new[] { Post("a"), Post(null) })
        .BindResolver("Query.tags", _ => new[] { "x", null })
        .BindResolver("Query.nested", _ => new[] { new int?[] { 1, 2 }, new int?[] { 3, null } })
        .Build();

    [Fact]
    public async Task A_null_non_null_field_nulls_its_nullable_parent()
    {
        var json = await RunAsync(Schema, "{ post { id title } }");

        Assert.Equal(Json("""
            {"errors":[{"message":"Cannot return null for non-nullable field.","locations":[{"line":1,"column":13}],
              "path":["post","title"],"extensions":{"code":"HC0018"}}],
             "data":{"post":null}}
            """), json);
    }

    [Fact]
    public async Task Through_non_null_parents_the_null_reaches_data()
    {
        var json = await RunAsync(Schema, "{ post { id } requiredPost { title } }");

        Assert.Equal(Json("""
            {"errors":[{"message":"Cannot return null for non-nullable field.","locations":[{"line":1,"column":30}],
              "path":["requiredPost","title"],"extensions":{"code":"HC0018"}}],
             "data":null}
            """), json);
    }

    [Fact]
    public async Task In_a_list_of_nullable_items_only_the_item_becomes_null()
    {
        var json = await RunAsync(Schema, "{ posts { title } }");

        Assert.Equal(Json("""
            {"errors":[{"message":"Cannot return null for non-nullable field.","locations":[{"line":1,"column":11}],
              "path":["posts",1,"title"],"extensions":{"code":"HC0018"}}],
             "data":{"posts":[{"title":"a"},null,{"title":"c"}]}}
            """), json);
    }

    [Fact]
    public async Task In_a_list_of_non_null_items_the_whole_list_becomes_null()
    {
        var json = await RunAsync(Schema, "{ strictPosts { title } }");

        Assert.Equal(Json("""
            {"errors":[{"message":"Cannot return null for non-nullable field.","locations":[{"line":1,"column":17}],
              "path":["strictPosts",1,"title"],"extensions":{"code":"HC0018"}}],
             "data":{"strictPosts":null}}
            """), json);
    }

    [Fact]
    public async Task A_null_item_of_a_non_null_list_of_non_null_leaves_nulls_data()
    {
        var result = await ExecuteAsync(Schema, "{ tags }");

        Assert.True(result.IsDataPresent);
        Assert.Null(result.Data);
        var error = Assert.Single(result.Errors);
        Assert.Equal(new object[] { "tags", 1 }, error.Path);
    }

    [Fact]
    public async Task In_nested_lists_the_inner_list_absorbs_the_null()
    {
        var json = await RunAsync(Schema, "{ nested }");

        Assert.Equal(Json("""
            {"errors":[{"message":"Cannot return null for non-nullable field.","locations":[{"line":1,"column":3}],
              "path":["nested",1,1],"extensions":{"code":"HC0018"}}],
             "data":{"nested":[[1,2],null]}}
            """), json);
    }
}
