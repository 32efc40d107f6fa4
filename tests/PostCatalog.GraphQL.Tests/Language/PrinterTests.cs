using PostCatalog.GraphQL.Language;

namespace PostCatalog.GraphQL.Tests.Language;

/// <summary>Printing follows graphql-js's print(); conformance compares a larger corpus with graphql-js itself.</summary>
public sealed class PrinterTests
{
    [Fact]
    public void Prints_a_query_in_the_canonical_layout()
    {
        string printed = Printer.Print(Parser.Parse("query Q($a:Int=1,$b:[String!]!)@d{x:f(a:$a){...F ... on T{g}}}"));

        Assert.Equal("""
            query Q($a: Int = 1, $b: [String!]!) @d {
              x: f(a: $a) {
                ...F
                ... on T {
                  g
                }
              }
            }
            """, printed);
    }

    [Fact]
    public void Prints_an_anonymous_query_as_the_shorthand()
    {
        Assert.Equal("{\n  a\n}", Printer.Print(Parser.Parse("query { a }")));
    }

    [Fact]
    public void Wraps_arguments_that_would_pass_80_characters()
    {
        string printed = Printer.Print(Parser.Parse(
            "{ posts(first: 50, after: \"Y3Vyc29yOjUw\", where: { title: { contains: \"graphql and dotnet\" } }) { id } }"));

        Assert.Equal("""
            {
              posts(
                first: 50
                after: "Y3Vyc29yOjUw"
                where: { title: { contains: "graphql and dotnet" } }
              ) {
                id
              }
            }
            """, printed);
    }

    [Fact]
    public void Prints_descriptions_and_block_strings_in_sdl()
    {
        string printed = Printer.Print(Parser.Parse("""
            "A post" type Post { "multi\nline" title(
            "max" length: Int = 10): String @deprecated(reason: "no") }
            """));

        Assert.Equal("""
            "A post"
            type Post {
              "multi\nline"
              title(
                "max"
                length: Int = 10
              ): String @deprecated(reason: "no")
            }
            """, printed);
    }

    [Fact]
    public void Escapes_control_characters_in_strings()
    {
        Assert.Equal("\"a\\\"b\\\\c\\n\\u0001\\u007F\"", Printer.Print(new StringValueNode("a\"b\\c\n\u0001\u007F")));
    }

    [Fact]
    public void Prints_nodes_built_in_code()
    {
        var field = new FieldNode(null, new NameNode("posts"),
            [new ArgumentNode(new NameNode("order"), new ListValueNode([new EnumValueNode("ASC")]))], [], null);

        Assert.Equal("posts(order: [ASC])", Printer.Print(field));
    }

    [Theory]
    [InlineData("{ a(b: \"\"\"\n  block\n    indented\n\"\"\") }")]
    [InlineData("type T implements A & B @d { f(a: [Int!]! = [1]): T }")]
    [InlineData("extend schema @d { query: Q }")]
    [InlineData("directive @d(a: Int) repeatable on FIELD | QUERY")]
    public void Printed_documents_parse_back_to_the_same_tree(string source)
    {
        var options = new ParserOptions { NoLocations = true };
        DocumentNode original = Parser.Parse(source, options);

        string printed = Printer.Print(original);

        Assert.Equal(printed, Printer.Print(Parser.Parse(printed, options)));
        Assert.Equal(
            Conformance.Parser.AstJson.From(original).ToJsonString(),
            Conformance.Parser.AstJson.From(Parser.Parse(printed, options)).ToJsonString());
    }
}
