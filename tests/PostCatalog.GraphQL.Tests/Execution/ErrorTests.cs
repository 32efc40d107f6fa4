using PostCatalog.GraphQL.Types;
using static PostCatalog.GraphQL.Tests.Execution.ExecutionHarness;

namespace PostCatalog.GraphQL.Tests.Execution;

/// <summary>Field errors (spec 6.4.4, 7.1.2) and request errors: what a client sees of each.</summary>
public class ErrorTests
{
    private static readonly Schema Schema = SchemaBuilder.FromSdl("""
        type Query {
          ok: String
          broken: String
          refused: String
          asyncBroken: String
          wrongType: Int
          notAList: [String]
          echo(count: Int!): Int
        }
        """)
        .BindResolver("Query.ok", _ => "fine")
        .BindResolver("Query.broken", _ => throw new InvalidOperationException("connection string leaked"))
        .BindResolver("Query.refused", _ => throw new GraphQLException(
            ErrorBuilder.New().SetMessage("Not allowed to read this.").SetCode("AUTH_NOT_AUTHORIZED").Build()))
        .BindResolver("Query.asyncBroken", async _ =>
        {
            await Task.Yield();
            throw new InvalidOperationException("secret");
        })
        .BindResolver("Query.wrongType", _ => "abc")
        .BindResolver("Query.notAList", _ => "abc")
        .BindResolver("Query.echo", c => c.ArgumentValue<int>("count"))
        .Build();

    [Fact]
    public async Task A_resolver_exception_is_an_unexpected_error_without_internals_and_the_rest_still_resolves()
    {
        var result = await ExecuteAsync(Schema, "{ ok broken asyncBroken }");

        Assert.Equal(Json("""
            {"errors":[
              {"message":"Unexpected Execution Error","locations":[{"line":1,"column":6}],"path":["broken"]},
              {"message":"Unexpected Execution Error","locations":[{"line":1,"column":13}],"path":["asyncBroken"]}],
             "data":{"ok":"fine","broken":null,"asyncBroken":null}}
            """), result.ToJson());
        Assert.IsType<InvalidOperationException>(result.Errors[0].Exception);
    }

    [Fact]
    public async Task A_graphql_exception_passes_its_message_and_code_through()
    {
        var json = await RunAsync(Schema, "{ refused }");

        Assert.Equal(Json("""
            {"errors":[{"message":"Not allowed to read this.","locations":[{"line":1,"column":3}],"path":["refused"],
              "extensions":{"code":"AUTH_NOT_AUTHORIZED"}}],
             "data":{"refused":null}}
            """), json);
    }

    [Fact]
    public async Task A_value_the_scalar_cannot_serialize_is_a_field_error()
    {
        var json = await RunAsync(Schema, "{ wrongType notAList }");

        Assert.Equal(Json("""
            {"errors":[
              {"message":"Int cannot represent non-integer value: \"abc\"","locations":[{"line":1,"column":3}],"path":["wrongType"]},
              {"message":"Expected Iterable, but did not find one for field \"Query.notAList\".","locations":[{"line":1,"column":13}],"path":["notAList"]}],
             "data":{"wrongType":null,"notAList":null}}
            """), json);
    }

    [Fact]
    public async Task A_syntax_error_is_a_request_error_with_its_location_and_no_data()
    {
        var result = await ExecuteAsync(Schema, "{ ok ");

        Assert.False(result.IsDataPresent);
        Assert.Equal(Json("""
            {"errors":[{"message":"Syntax Error: Expected Name, found <EOF>.","locations":[{"line":1,"column":6}],
              "extensions":{"code":"HC0011"}}]}
            """), result.ToJson());
    }

    [Fact]
    public async Task Several_operations_need_an_operation_name()
    {
        var document = "query A { ok } query B { ok }";

        var missing = await ExecuteAsync(Schema, document);
        var unknown = await ExecuteAsync(Schema, document, operationName: "C");
        var chosen = await RunAsync(Schema, document, operationName: "B");

        Assert.False(missing.IsDataPresent);
        Assert.Equal("Must provide operation name if query contains multiple operations.", missing.Errors.Single().Message);
        Assert.Equal("Unknown operation named \"C\".", unknown.Errors.Single().Message);
        Assert.Equal(Json("""{"data":{"ok":"fine"}}"""), chosen);
    }

    [Fact]
    public async Task A_mutation_against_a_schema_without_mutations_is_a_request_error()
    {
        var result = await ExecuteAsync(Schema, "mutation { ok }");

        Assert.False(result.IsDataPresent);
        Assert.Equal("Schema is not configured to execute mutation operation.", result.Errors.Single().Message);
    }

    [Fact]
    public async Task Variables_that_do_not_coerce_are_request_errors()
    {
        var result = await ExecuteAsync(Schema, "query ($n: Int!) { echo(count: $n) }", new { n = "seven" });

        Assert.False(result.IsDataPresent);
        var error = Assert.Single(result.Errors);
        Assert.StartsWith("Variable \"$n\" has invalid value: Int cannot represent non-integer value: \"seven\"", error.Message);
        Assert.Equal(new[] { new ErrorLocation(1, 8) }, error.Locations);
    }

    [Fact]
    public async Task A_missing_required_variable_is_a_request_error()
    {
        var result = await ExecuteAsync(Schema, "query ($n: Int!) { echo(count: $n) }");

        Assert.Equal("Variable \"$n\" has invalid value: Expected a value of non-null type \"Int!\" to be provided.", result.Errors.Single().Message);
        Assert.Null(result.Data);
        Assert.False(result.IsDataPresent);
    }

    [Fact]
    public async Task Arguments_are_coerced_from_literals_and_variables()
    {
        var json = await RunAsync(Schema, "query ($n: Int!) { a: echo(count: 3) b: echo(count: $n) }", new { n = 4 });

        Assert.Equal(Json("""{"data":{"a":3,"b":4}}"""), json);
    }

    [Fact]
    public async Task Errors_are_written_before_data()
    {
        var json = await RunAsync(Schema, "{ ok broken }");

        Assert.True(json.IndexOf("\"errors\"", StringComparison.Ordinal) < json.IndexOf("\"data\"", StringComparison.Ordinal));
    }
}
