using PostCatalog.GraphQL.Language;

namespace PostCatalog.GraphQL.Tests.Language;

/// <summary>The spec's BlockStringValue() and graphql-js's printBlockString.</summary>
public sealed class BlockStringTests
{
    [Fact]
    public void Dedent_removes_common_indentation_but_not_from_the_first_line()
    {
        string value = BlockString.Dedent("  first\n    second\n      third");

        Assert.Equal("  first\nsecond\n  third", value);
    }

    [Fact]
    public void Dedent_removes_leading_and_trailing_blank_lines()
    {
        string value = BlockString.Dedent("\n\n  \t \n    text\n\n   \n");

        Assert.Equal("text", value);
    }

    [Fact]
    public void Dedent_splits_on_every_line_terminator()
    {
        string value = BlockString.Dedent("\r\n  a\r  b\n  c");

        Assert.Equal("a\nb\nc", value);
    }

    [Theory]
    [InlineData("short", "\"\"\"short\"\"\"")]
    [InlineData("two\nlines", "\"\"\"\ntwo\nlines\n\"\"\"")]
    [InlineData("  leading space", "\"\"\"  leading space\"\"\"")]
    [InlineData("ends with \"", "\"\"\"\nends with \"\n\"\"\"")]
    [InlineData("has \"\"\" inside", "\"\"\"has \\\"\"\" inside\"\"\"")]
    [InlineData("first\n  indented", "\"\"\"\nfirst\n  indented\n\"\"\"")]
    public void Print_writes_values_graphql_js_style(string value, string expected)
    {
        Assert.Equal(expected, BlockString.Print(value));
    }

    [Theory]
    [InlineData("plain")]
    [InlineData("line one\n  line two")]
    [InlineData("  indented first")]
    [InlineData("quote at end\"")]
    [InlineData("triple \"\"\" quotes")]
    public void Printed_block_strings_read_back_the_same_value(string value)
    {
        var parsed = (StringValueNode)Parser.ParseValue(BlockString.Print(value));

        Assert.Equal(value, parsed.Value);
    }

    [Theory]
    [InlineData("", true)]
    [InlineData("text", true)]
    [InlineData("\nleading newline", false)]
    [InlineData("trailing blank\n", false)]
    [InlineData("  a\n  b", false)]
    [InlineData("bell \u0007", false)]
    public void IsPrintable_says_whether_the_value_survives_a_round_trip(string value, bool printable)
    {
        Assert.Equal(printable, BlockString.IsPrintable(value));
    }
}
