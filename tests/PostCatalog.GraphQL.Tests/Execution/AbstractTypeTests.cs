using PostCatalog.GraphQL.Types;
using static PostCatalog.GraphQL.Tests.Execution.ExecutionHarness;

namespace PostCatalog.GraphQL.Tests.Execution;

/// <summary>Spec 6.4.3 ResolveAbstractType: interfaces and unions complete as the object type the value has at runtime.</summary>
public class AbstractTypeTests
{
    private sealed record Article(string Id, string Title);
    private sealed record Video(string Id, int Seconds);

    private const string Sdl = """
        type Query { feed: [Entry!]! search: [Result!]! }
        interface Node { id: ID! }
        interface Entry implements Node { id: ID! }
        type Article implements Node & Entry { id: ID! title: String! }
        type Video implements Node & Entry { id: ID! seconds: Int! }
        type Tag { name: String! }
        union Result = Article | Tag
        """;

    [Fact]
    public async Task Interface_values_resolve_by_their_clr_type_and_fragments_apply_per_type()
    {
        var schema = SchemaBuilder.FromSdl(Sdl)
            .BindRuntimeType<Article>("Article")
            .BindRuntimeType<Video>("Video")
            .BindResolver("Query.feed", _ => new object[] { new Article("a1", "Hello"), new Video("v1", 90) })
            .Build();

        var json = await RunAsync(schema, """
            { feed { __typename id ... on Article { title } ...VideoParts ... on Node { id } } }
            fragment VideoParts on Video { seconds }
            """);

        Assert.Equal(Json("""
            {"data":{"feed":[{"__typename":"Article","id":"a1","title":"Hello"},{"__typename":"Video","id":"v1","seconds":90}]}}
            """), json);
    }

    [Fact]
    public async Task Union_values_resolve_by_a_typename_entry_or_a_type_resolver()
    {
        var schema = SchemaBuilder.FromSdl(Sdl)
            .BindTypeResolver("Result", (value, context) =>
                context.Schema.GetType<ObjectType>(value is string ? "Tag" : "Article"))
            .BindResolver("Query.search", _ => new object[] { "dotnet", new Dictionary<string, object?> { ["id"] = "a", ["title"] = "T" } })
            .BindResolver("Tag.name", c => c.Parent<string>())
            .Build();

        var json = await RunAsync(schema, "{ search { __typename ... on Tag { name } ... on Article { title } } }");

        Assert.Equal(Json("""
            {"data":{"search":[{"__typename":"Tag","name":"dotnet"},{"__typename":"Article","title":"T"}]}}
            """), json);
    }

    [Fact]
    public async Task A_value_no_type_claims_is_a_field_error()
    {
        var schema = SchemaBuilder.FromSdl(Sdl)
            .BindResolver("Query.search", _ => new object[] { 42 })
            .Build();

        var result = await ExecuteAsync(schema, "{ search { __typename } }");

        Assert.Null(result.Data);
        Assert.StartsWith("Abstract type \"Result\" must resolve to an Object type at runtime for field \"Query.search\".",
            result.Errors.Single().Message);
        Assert.Equal(new object[] { "search", 0 }, result.Errors.Single().Path);
    }
}
