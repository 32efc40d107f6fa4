using PostCatalog.GraphQL.Language;

namespace PostCatalog.GraphQL.Tests.Language;

/// <summary>The spec's executable and type-system grammar, with examples from its text.</summary>
public sealed class ParserTests
{
    private static SyntaxException ParseError(string source) => Assert.Throws<SyntaxException>(() => Parser.Parse(source));

    [Fact]
    public void Parses_the_specs_first_example()
    {
        DocumentNode document = Parser.Parse("{\n  user(id: 4) {\n    name\n  }\n}");

        var operation = Assert.IsType<OperationDefinitionNode>(Assert.Single(document.Definitions));
        var user = Assert.IsType<FieldNode>(Assert.Single(operation.SelectionSet.Selections));
        Assert.Equal(OperationType.Query, operation.Operation);
        Assert.Equal(("user", "id", "4"), (user.Name.Value, user.Arguments[0].Name.Value, ((IntValueNode)user.Arguments[0].Value).Value));
        Assert.Equal("name", Assert.IsType<FieldNode>(Assert.Single(user.SelectionSet!.Selections)).Name.Value);
    }

    [Fact]
    public void Records_locations_from_the_first_to_the_last_token()
    {
        DocumentNode document = Parser.Parse("query Q {\n  me: user { id }\n}");

        var field = (FieldNode)((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections[0];
        Assert.Equal(new Location(12, 27, 2, 3), field.Location);
        Assert.Equal(new Location(0, 29, 1, 1), document.Location);
    }

    [Fact]
    public void Leaves_locations_out_when_asked()
    {
        DocumentNode document = Parser.Parse("{ a }", new ParserOptions { NoLocations = true });

        Assert.Null(document.Definitions[0].Location);
    }

    [Fact]
    public void Parses_aliases_fragments_variables_and_directives()
    {
        DocumentNode document = Parser.Parse("""
            query withFragments($id: ID! = "1", $n: Int @tag) @live {
              friends: user(id: $id) { ...friendFields ... on Page @skip(if: true) { likers } }
            }
            fragment friendFields on User { name }
            """);

        var query = (OperationDefinitionNode)document.Definitions[0];
        var friends = (FieldNode)query.SelectionSet.Selections[0];
        Assert.Equal("friends", friends.ResponseName);
        Assert.IsType<VariableNode>(friends.Arguments[0].Value);
        Assert.IsType<NonNullTypeNode>(query.VariableDefinitions[0].Type);
        Assert.Equal("tag", query.VariableDefinitions[1].Directives[0].Name.Value);
        Assert.IsType<FragmentSpreadNode>(friends.SelectionSet!.Selections[0]);
        var inline = Assert.IsType<InlineFragmentNode>(friends.SelectionSet.Selections[1]);
        Assert.Equal("Page", inline.TypeCondition!.Name.Value);
        Assert.Equal("User", ((FragmentDefinitionNode)document.Definitions[1]).TypeCondition.Name.Value);
    }

    [Fact]
    public void Parses_every_kind_of_value()
    {
        var list = (ListValueNode)Parser.ParseValue("[123, 1.5e3, \"s\", \"\"\"b\"\"\", true, null, RED, $v, [1], {a: {b: 2}}]");

        Assert.Equal(
            [SyntaxKind.IntValue, SyntaxKind.FloatValue, SyntaxKind.StringValue, SyntaxKind.StringValue, SyntaxKind.BooleanValue,
             SyntaxKind.NullValue, SyntaxKind.EnumValue, SyntaxKind.Variable, SyntaxKind.ListValue, SyntaxKind.ObjectValue],
            list.Values.Select(v => v.Kind));
        Assert.True(((StringValueNode)list.Values[3]).Block);
    }

    [Fact]
    public void ParseConstValue_rejects_variables()
    {
        SyntaxException error = Assert.Throws<SyntaxException>(() => Parser.ParseConstValue("{a: $v}"));

        Assert.Equal(("Syntax Error: Unexpected variable \"$v\" in constant value.", 5), (error.Message, error.Column));
    }

    [Fact]
    public void ParseType_reads_wrapped_types()
    {
        TypeNode type = Parser.ParseType("[[String!]]!");

        var outer = Assert.IsType<NonNullTypeNode>(type);
        Assert.Equal("String", type.NamedType.Name.Value);
        Assert.IsType<NonNullTypeNode>(((ListTypeNode)((ListTypeNode)outer.Type).Type).Type);
    }

    [Fact]
    public void Parses_type_system_definitions_with_descriptions()
    {
        DocumentNode document = Parser.Parse("""
            "A post"
            type Post implements & Node & Entity @key(fields: "id") {
              "The id" id: ID!
              tags(first: Int = 10): [String!]!
            }
            interface Entity implements Node { id: ID! }
            directive @key(fields: String!) repeatable on OBJECT | INTERFACE
            """);

        var post = (ObjectTypeDefinitionNode)document.Definitions[0];
        Assert.Equal(("A post", "The id"), (post.Description!.Value, post.Fields[0].Description!.Value));
        Assert.Equal(["Node", "Entity"], post.Interfaces.Select(i => i.Name.Value));
        Assert.Equal("10", ((IntValueNode)post.Fields[1].Arguments[0].DefaultValue!).Value);
        Assert.Equal("Node", ((InterfaceTypeDefinitionNode)document.Definitions[1]).Interfaces[0].Name.Value);
        var key = (DirectiveDefinitionNode)document.Definitions[2];
        Assert.True(key.Repeatable);
        Assert.Equal(["OBJECT", "INTERFACE"], key.Locations.Select(l => l.Value));
    }

    [Fact]
    public void Parses_extensions_as_extension_kinds()
    {
        DocumentNode document = Parser.Parse("extend type Post @a extend schema { mutation: M } extend union U = A");

        Assert.Equal(
            [SyntaxKind.ObjectTypeExtension, SyntaxKind.SchemaExtension, SyntaxKind.UnionTypeExtension],
            document.Definitions.Select(d => d.Kind));
        Assert.True(((TypeDefinitionNode)document.Definitions[0]).IsExtension);
    }

    [Theory]
    [InlineData("{", "Syntax Error: Expected Name, found <EOF>.", 1, 2)]
    [InlineData("{ ...MissingOn }\nfragment MissingOn Type", "Syntax Error: Expected \"on\", found Name \"Type\".", 2, 20)]
    [InlineData("{ field: {} }", "Syntax Error: Expected Name, found \"{\".", 1, 10)]
    [InlineData("notAnOperation Foo { field }", "Syntax Error: Unexpected Name \"notAnOperation\".", 1, 1)]
    [InlineData("...", "Syntax Error: Unexpected \"...\".", 1, 1)]
    [InlineData("{ \"\"", "Syntax Error: Expected Name, found String \"\".", 1, 3)]
    [InlineData("fragment on on on { on }", "Syntax Error: Unexpected Name \"on\".", 1, 10)]
    [InlineData("{ ...on }", "Syntax Error: Expected Name, found \"}\".", 1, 9)]
    [InlineData("enum E { true }", "Syntax Error: Name \"true\" is reserved and cannot be used for an enum value.", 1, 10)]
    [InlineData("extend type T", "Syntax Error: Unexpected <EOF>.", 1, 14)]
    [InlineData("\"desc\" { a }", "Syntax Error: Unexpected description, descriptions are not supported on shorthand queries.", 1, 1)]
    [InlineData("\"desc\" extend type T @a", "Syntax Error: Unexpected description, only GraphQL definitions support descriptions.", 1, 1)]
    [InlineData("directive @d on NOWHERE", "Syntax Error: Unexpected Name \"NOWHERE\".", 1, 17)]
    public void Reports_syntax_errors_like_graphql_js(string source, string message, int line, int column)
    {
        SyntaxException error = ParseError(source);

        Assert.Equal((message, line, column), (error.Message, error.Line, error.Column));
    }

    [Fact]
    public void Syntax_errors_carry_the_description_and_position()
    {
        SyntaxException error = ParseError("query {\n  a(x: )\n}");

        Assert.Equal(("Unexpected \")\".", 15), (error.Description, error.Position));
    }
}
