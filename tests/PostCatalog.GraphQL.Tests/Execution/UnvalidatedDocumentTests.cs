using PostCatalog.GraphQL.Types;
using static PostCatalog.GraphQL.Tests.Execution.ExecutionHarness;

namespace PostCatalog.GraphQL.Tests.Execution;

/// <summary>
/// The executor assumes a validated document, but with no validator (or a lenient one) it must still answer
/// invalid documents without crashing or looping.
/// </summary>
public class UnvalidatedDocumentTests
{
    private static readonly Schema Schema = SchemaBuilder.FromSdl("type Query { a: Int self: Query }")
        .BindResolver("Query.a", c =>
        {
            c.ReportError("a is approximate");
            return 1;
        })
        .BindResolver("Query.self", _ => new object())
        .Build();

    [Theory]
    [InlineData("{ unknown a }")]
    [InlineData("{ a ...Missing }")]
    [InlineData("{ ...Cycle } fragment Cycle on Query { a ...Cycle }")]
    [InlineData("{ a ... on Unknown { a } }")]
    [InlineData("{ a(notAnArgument: 1) }")]
    [InlineData("{ a @skip(if: $undefined) }")]
    public async Task Invalid_selections_are_left_out(string query)
    {
        var result = await ExecuteAsync(Schema, query);

        Assert.True(result.IsDataPresent);
        Assert.Equal(1, result.Data!["a"]);
    }

    [Fact]
    public async Task An_object_field_without_a_selection_set_completes_as_an_empty_object()
    {
        var json = await RunAsync(Schema, "{ self }");

        Assert.Equal(Json("""{"data":{"self":{}}}"""), json);
    }

    [Fact]
    public async Task A_reported_error_keeps_the_value_and_gets_the_fields_path()
    {
        var json = await RunAsync(Schema, "{ self { a } }");

        Assert.Equal(Json("""
            {"errors":[{"message":"a is approximate","locations":[{"line":1,"column":10}],"path":["self","a"]}],
             "data":{"self":{"a":1}}}
            """), json);
    }
}
