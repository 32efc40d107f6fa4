using System.Text.Json;
using PostCatalog.GraphQL.Language;
using PostCatalog.GraphQL.Types;

namespace PostCatalog.GraphQL.Tests.Types;

/// <summary>
/// Input coercion as the spec tabulates it (3.10 input objects, 3.11 lists, CoerceVariableValues, CoerceArgumentValues),
/// with graphql-js's messages (checked against graphql 17.1.0's execute with these variables).
/// </summary>
public class InputCoercionTests
{
    private static readonly Schema Schema = SchemaBuilder.FromSdl("""
        input ExampleInputObject { a: String, b: Int! }
        input PostBy @oneOf { id: ID, slug: String }
        type Query {
          f(x: Int, e: ExampleInputObject, p: PostBy, l: [Int], n: [[Int]]): Int
          posts(first: Int = 10, after: String, required: Int!): Int
        }
        """).Build();

    private static readonly InputObjectType Example = Schema.GetType<InputObjectType>("ExampleInputObject")!;

    private static IReadOnlyDictionary<string, object?> Vars(string json) => JsonInput.ParseObject(json);

    private static bool TryLiteral(string literal, IInputType type, string variablesJson, out object? value) =>
        LiteralCoercion.TryValueFromAst(Parser.ParseValue(literal), type, Vars(variablesJson), out value);

    // Spec 3.10, "Input Coercion" table for ExampleInputObject { a: String, b: Int! }.

    [Theory]
    [InlineData("{ a: \"abc\", b: 123 }", "{}", "{\"a\":\"abc\",\"b\":123}")]
    [InlineData("{ a: null, b: 123 }", "{}", "{\"a\":null,\"b\":123}")]
    [InlineData("{ b: 123 }", "{}", "{\"b\":123}")]
    [InlineData("{ a: $var, b: 123 }", "{\"var\": null}", "{\"a\":null,\"b\":123}")]
    [InlineData("{ a: $var, b: 123 }", "{}", "{\"b\":123}")]
    [InlineData("{ b: $var }", "{\"var\": 123}", "{\"b\":123}")]
    [InlineData("$var", "{\"var\": {\"b\": 123}}", "{\"b\":123}")]
    public void Input_object_literals_coerce_to_the_fields_given(string literal, string variables, string expected)
    {
        // Variable values here stand for already coerced ones; their JSON shape serializes the same.
        Assert.True(TryLiteral(literal, Example, variables, out var value));
        Assert.Equal(expected, JsonSerializer.Serialize(value));
    }

    [Theory]
    [InlineData("\"abc123\"", "{}")]
    [InlineData("{ a: \"abc\", b: \"123\" }", "{}")]
    [InlineData("{ a: \"abc\" }", "{}")]
    [InlineData("{ b: $var }", "{}")]
    [InlineData("{ a: \"abc\", b: null }", "{}")]
    [InlineData("{ b: $var }", "{\"var\": null}")]
    public void Invalid_input_object_literals_do_not_coerce(string literal, string variables) =>
        Assert.False(TryLiteral(literal, Example, variables, out _));

    [Fact]
    public void Input_object_fields_keep_the_order_they_were_written_in_literals_and_variables()
    {
        // Schema order is a, b; a sort object applies its fields in the written order, so coercion must keep it.
        Assert.True(TryLiteral("{ b: 123, a: \"abc\" }", Example, "{}", out var literal));
        var variable = InputValueCoercion.CoerceInputValue(JsonInput.ParseObject("{\"b\": 123, \"a\": \"abc\"}"), Example);

        Assert.Equal("{\"b\":123,\"a\":\"abc\"}", JsonSerializer.Serialize(literal));
        Assert.Equal("{\"b\":123,\"a\":\"abc\"}", JsonSerializer.Serialize(variable));
    }

    [Fact]
    public void Unexpected_input_object_fields_make_a_literal_invalid() =>
        Assert.False(LiteralCoercion.IsValidLiteral(Parser.ParseValue("{ b: 123, c: \"xyz\" }"), Example));

    // Spec 3.11, list input coercion.

    [Theory]
    [InlineData("[1, 2, 3]", "[1,2,3]")]
    [InlineData("1", "[1]")]
    [InlineData("null", "null")]
    public void Lists_accept_lists_and_single_items(string literal, string expected)
    {
        Assert.True(TryLiteral(literal, new ListType(new IntType()), "{}", out var value));
        Assert.Equal(expected, JsonSerializer.Serialize(value));
    }

    [Fact]
    public void A_list_item_of_the_wrong_type_makes_the_list_invalid() =>
        Assert.False(TryLiteral("[1, \"b\", true]", new ListType(new IntType()), "{}", out _));

    [Theory]
    [InlineData("[[1], [2, 3]]", "[[1],[2,3]]")]
    [InlineData("[1, 2, 3]", "[[1],[2],[3]]")]
    [InlineData("1", "[[1]]")]
    public void Nested_lists_wrap_single_items_at_each_level(string literal, string expected)
    {
        Assert.True(TryLiteral(literal, new ListType(new ListType(new IntType())), "{}", out var value));
        Assert.Equal(expected, JsonSerializer.Serialize(value));
    }

    // CoerceVariableValues.

    private static VariableValuesResult CoerceVariables(string operation, string variablesJson)
    {
        var definitions = ((OperationDefinitionNode)Parser.Parse(operation).Definitions[0]).VariableDefinitions;
        return InputCoercion.CoerceVariableValues(Schema, definitions, Vars(variablesJson));
    }

    [Theory]
    [InlineData("query($x: Int!) { f }", "{}", "Variable \"$x\" has invalid value: Expected a value of non-null type \"Int!\" to be provided.")]
    [InlineData("query($x: Int!) { f }", "{\"x\": null}", "Variable \"$x\" has invalid value: Expected value of non-null type \"Int!\" not to be null.")]
    [InlineData("query($x: Int!) { f }", "{\"x\": 1.5}", "Variable \"$x\" has invalid value: Int cannot represent non-integer value: 1.5")]
    [InlineData("query($e: ExampleInputObject) { f }", "{\"e\": {\"a\": \"abc\", \"b\": \"x\"}}",
        "Variable \"$e\" has invalid value at .b: Int cannot represent non-integer value: \"x\"")]
    [InlineData("query($e: ExampleInputObject) { f }", "{\"e\": {\"a\": \"abc\"}}",
        "Variable \"$e\" has invalid value: Expected value of type \"ExampleInputObject\" to include required field \"b\", found: { a: \"abc\" }.")]
    [InlineData("query($e: [ExampleInputObject]) { f }", "{\"e\": [{\"b\": 1}, {\"b\": true}]}",
        "Variable \"$e\" has invalid value at [1].b: Int cannot represent non-integer value: true")]
    [InlineData("query($p: PostBy) { f }", "{\"p\": {\"id\": \"1\", \"slug\": \"a\"}}",
        "Variable \"$p\" has invalid value: Within OneOf Input Object type \"PostBy\", exactly one field must be specified, and the value for that field must be non-null.")]
    [InlineData("query($p: PostBy) { f }", "{\"p\": {\"id\": null}}",
        "Variable \"$p\" has invalid value at .id: Within OneOf Input Object type \"PostBy\", exactly one field must be specified, and the value for that field must be non-null.")]
    [InlineData("query($f: Query) { f }", "{}",
        "Variable \"$f\" expected value of type \"Query\" which cannot be used as an input type.")]
    public void Invalid_variables_are_reported_as_graphql_js_reports_them(string operation, string variables, string message)
    {
        var result = CoerceVariables(operation, variables);

        Assert.Null(result.Values);
        Assert.Equal([message], result.Errors.Select(e => e.Message));
    }

    [Fact]
    public void Every_problem_in_one_variable_is_reported_with_suggestions()
    {
        var result = CoerceVariables("query($e: ExampleInputObject) { f }", "{\"e\": {\"a\": \"abc\", \"c\": 1}}");

        Assert.Equal(
            ["Variable \"$e\" has invalid value: Expected value of type \"ExampleInputObject\" to include required field \"b\", found: { a: \"abc\", c: 1 }.",
             "Variable \"$e\" has invalid value: Expected value of type \"ExampleInputObject\" not to include unknown field \"c\". Did you mean \"a\" or \"b\"? Found: { a: \"abc\", c: 1 }."],
            result.Errors.Select(e => e.Message));
    }

    [Fact]
    public void Variable_errors_point_at_the_variable_definition()
    {
        var result = CoerceVariables("query(\n  $x: Int!\n) { f }", "{}");

        Assert.Equal(new ErrorLocation(2, 3), result.Errors[0].Locations![0]);
    }

    [Fact]
    public void Variables_not_provided_take_their_default_and_the_rest_stay_absent()
    {
        var result = CoerceVariables("query($x: Int = 5, $y: String, $z: String) { f }", "{\"z\": null}");

        Assert.False(result.HasErrors);
        Assert.Equal(5, result.Values!["x"]);
        Assert.False(result.Values.ContainsKey("y"));
        Assert.True(result.Values.ContainsKey("z"));
        Assert.Null(result.Values["z"]);
    }

    [Fact]
    public void Variables_may_arrive_as_JsonElements_and_input_objects_coerce_to_dictionaries()
    {
        var definitions = ((OperationDefinitionNode)Parser.Parse("query($e: ExampleInputObject, $l: [Int]) { f }").Definitions[0]).VariableDefinitions;
        using var json = JsonDocument.Parse("{\"e\": {\"b\": 2}, \"l\": 7}");
        var inputs = json.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value.Clone());

        var result = InputCoercion.CoerceVariableValues(Schema, definitions, inputs);

        var e = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(result.Values!["e"]);
        Assert.Equal(2, e["b"]);
        Assert.False(e.ContainsKey("a"));
        Assert.Equal(new object?[] { 7 }, Assert.IsAssignableFrom<IEnumerable<object?>>(result.Values["l"]));
    }

    // CoerceArgumentValues.

    private static FieldNode Field(string query) =>
        (FieldNode)((OperationDefinitionNode)Parser.Parse(query).Definitions[0]).SelectionSet.Selections[0];

    [Fact]
    public void Arguments_report_whether_they_came_from_a_literal_a_variable_or_a_default()
    {
        var field = Field("query($after: String) { posts(required: 1, after: $after) }");
        var definition = Schema.QueryType.Fields["posts"];

        var arguments = InputCoercion.CoerceArgumentValues(
            definition.Arguments, field.Arguments, new Dictionary<string, object?> { ["after"] = "cursor" }, field);

        Assert.Equal((1, ArgumentValueKind.Literal), (arguments["required"].Value, arguments["required"].Kind));
        Assert.Equal(("cursor", ArgumentValueKind.Variable), (arguments["after"].Value, arguments["after"].Kind));
        Assert.Equal((10, ArgumentValueKind.Default), (arguments["first"].Value, arguments["first"].Kind));
    }

    [Fact]
    public void Optional_arguments_without_value_or_default_are_absent()
    {
        var field = Field("query($after: String) { posts(required: 1, after: $after) }");

        var arguments = InputCoercion.CoerceArgumentValues(Schema.QueryType.Fields["posts"].Arguments, field.Arguments, new Dictionary<string, object?>(), field);

        Assert.False(arguments.ContainsKey("after"));
    }

    [Theory]
    [InlineData("{ posts }", "Argument \"required\" of required type \"Int!\" was not provided.")]
    [InlineData("{ posts(required: null) }", "Argument \"required\" of non-null type \"Int!\" must not be null.")]
    [InlineData("query($r: Int) { posts(required: $r) }", "Argument \"required\" of required type \"Int!\" was provided the variable \"$r\" which was not provided a runtime value.")]
    [InlineData("{ posts(required: 1.5) }", "Argument \"required\" has invalid value 1.5.")]
    public void Missing_null_and_invalid_arguments_are_field_errors(string query, string message)
    {
        var field = Field(query);

        var exception = Assert.Throws<GraphQLException>(() => InputCoercion.CoerceArgumentValues(
            Schema.QueryType.Fields["posts"].Arguments, field.Arguments, new Dictionary<string, object?>(), field));

        Assert.Equal(message, exception.Errors.Single().Message);
        Assert.NotNull(exception.Errors.Single().Locations);
    }

    [Fact]
    public void Skip_and_include_arguments_are_read_with_variables()
    {
        var field = Field("query($hide: Boolean!) { f @skip(if: $hide) }");

        var skip = InputCoercion.GetDirectiveValues(Schema.GetDirective("skip")!, field.Directives,
            new Dictionary<string, object?> { ["hide"] = true });
        var include = InputCoercion.GetDirectiveValues(Schema.GetDirective("include")!, field.Directives, null);

        Assert.Equal(true, skip!["if"]);
        Assert.Null(include);
    }

    // Literal to value and back, for default values.

    [Fact]
    public void Runtime_values_print_as_literals_of_their_type()
    {
        Assert.Equal("{ a: \"abc\", b: 1 }", Printer.Print(LiteralFromValue.ValueToLiteral(
            new Dictionary<string, object?> { ["a"] = "abc", ["b"] = 1 }, Example)!));
        Assert.Equal("[1, 2]", Printer.Print(LiteralFromValue.ValueToLiteral(new[] { 1, 2 }, new ListType(new IntType()))!));
        Assert.Null(LiteralFromValue.ValueToLiteral(null, new NonNullType(new IntType())));
    }
}
