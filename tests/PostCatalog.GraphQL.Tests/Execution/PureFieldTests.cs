using PostCatalog.GraphQL.Types;
using static PostCatalog.GraphQL.Tests.Execution.ExecutionHarness;

namespace PostCatalog.GraphQL.Tests.Execution;

/// <summary>
/// Fields that only read their parent (<c>.Field("title", "String!", b =&gt; b.Title)</c>) are answered as they are
/// queued, without a resolver context. What a client sees must be exactly what the ordinary path gives for the same
/// fields written as resolvers: values, nulls, errors with their paths, and null propagation.
/// </summary>
public class PureFieldTests
{
    private sealed class Book
    {
        public string? Title { get; init; }
        public int Pages { get; init; }
        public object? Isbn { get; init; }
        public string Secret => throw new GraphQLException(new GraphQLError("The secret is not for you."));
    }

    private static readonly Book[] Books =
    [
        new() { Title = "Dune", Pages = 412, Isbn = "0441013597" },
        new() { Title = null, Pages = 1, Isbn = new object() },
    ];

    private static Schema Create(bool pure) => new SchemaBuilder()
        .AddObjectType<Book>("Book", t =>
        {
            void Field(string name, string type, Func<Book, object?> read, System.Linq.Expressions.Expression<Func<Book, object?>> pureRead)
            {
                if (pure) t.Field(name, type, pureRead);
                else t.Field(name, type, f => f.Resolve(ctx => read(ctx.Parent<Book>())));
            }

            Field("title", "String", b => b.Title, b => b.Title);
            Field("requiredTitle", "String!", b => b.Title, b => b.Title);
            Field("pages", "Int!", b => b.Pages, b => b.Pages);
            Field("isbn", "String", b => b.Isbn, b => b.Isbn);
            Field("secret", "String", b => b.Secret, b => b.Secret);
        })
        .AddQueryType(q => q.Field("books", "[Book]", _ => Books))
        .Build();

    private static readonly Schema Pure = Create(pure: true);
    private static readonly Schema Ordinary = Create(pure: false);

    [Theory]
    [InlineData("{ books { title pages } }")]
    [InlineData("{ books { requiredTitle } }")]                  // a null in a non-null field nulls its parent, one error at its path
    [InlineData("{ books { title secret pages } }")]             // a read that throws is a field error at its path
    [InlineData("{ books { isbn } }")]                           // a value the scalar refuses is a field error at its path
    [InlineData("{ books { t: title title requiredTitle __typename } }")]
    public async Task A_pure_field_answers_what_its_resolver_would(string query)
    {
        var expected = await RunAsync(Ordinary, query);

        Assert.Equal(expected, await RunAsync(Pure, query));
    }

    [Fact]
    public async Task A_pure_field_that_throws_is_reported_at_each_path()
    {
        var json = await RunAsync(Pure, "{ books { title secret } }");

        Assert.Contains("\"message\":\"The secret is not for you.\"", json);
        Assert.Contains("\"path\":[\"books\",0,\"secret\"]", json);
        Assert.Contains("\"path\":[\"books\",1,\"secret\"]", json);
        Assert.Contains("{\"title\":\"Dune\",\"secret\":null}", json);
    }
}
