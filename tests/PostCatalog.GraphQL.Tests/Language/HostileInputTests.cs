using System.Diagnostics;
using PostCatalog.GraphQL.Language;

namespace PostCatalog.GraphQL.Tests.Language;

/// <summary>
/// Issue 3's acceptance: documents built to exhaust the parser fail with a clear SyntaxException well
/// within a second, never a stack overflow or a hang.
/// Timed tests run alone (not in parallel with the rest of the suite) so the budget measures the parser, not the machine.
/// </summary>
[Collection(TimedTests.Name)]
public sealed class HostileInputTests
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(1);

    private static SyntaxException RejectQuickly(string source, ParserOptions? options = null)
    {
        var clock = Stopwatch.StartNew();
        SyntaxException error = Assert.Throws<SyntaxException>(() => Parser.Parse(source, options));
        Assert.True(clock.Elapsed < Budget, $"took {clock.Elapsed.TotalMilliseconds} ms");
        return error;
    }

    [Fact]
    public void Selection_sets_nested_100000_deep_exceed_the_depth_limit()
    {
        string source = string.Concat(Enumerable.Repeat("{ a ", 100_000)) + new string('}', 100_000);

        SyntaxException error = RejectQuickly(source);

        Assert.Equal("Syntax Error: Document exceeds the maximum nesting depth of 200. Parsing aborted.", error.Message);
        Assert.Equal(1, error.Line);
        Assert.Equal(201 * 4 - 3, error.Column); // the 201st "{"
    }

    [Fact]
    public void Lists_nested_100000_deep_exceed_the_depth_limit()
    {
        string source = "{ f(a: " + new string('[', 100_000) + new string(']', 100_000) + ") }";

        SyntaxException error = RejectQuickly(source);

        Assert.StartsWith("Syntax Error: Document exceeds the maximum nesting depth", error.Message);
    }

    [Fact]
    public void Objects_and_list_types_nested_100000_deep_exceed_the_depth_limit()
    {
        string objects = "{ f(a: " + string.Concat(Enumerable.Repeat("{a: ", 100_000)) + "1" + new string('}', 100_000) + ") }";
        string types = "query ($v: " + new string('[', 100_000) + "Int" + new string(']', 100_000) + ") { a }";

        RejectQuickly(objects);
        RejectQuickly(types);
    }

    [Fact]
    public void A_10_MB_string_literal_exceeds_the_source_length_limit()
    {
        string source = "{ f(a: \"" + new string('x', 10 * 1024 * 1024) + "\") }";

        SyntaxException error = RejectQuickly(source);

        Assert.Equal("Syntax Error: Source contains more than 1000000 UTF-16 code units. Parsing aborted.", error.Message);
    }

    [Fact]
    public void A_10_MB_unterminated_string_is_rejected_quickly_even_without_a_length_limit()
    {
        string source = "{ f(a: \"" + new string('x', 10 * 1024 * 1024) + " }";

        SyntaxException error = RejectQuickly(source, new ParserOptions { MaxSourceLength = int.MaxValue });

        Assert.Equal("Syntax Error: Unterminated string.", error.Message);
    }

    [Fact]
    public void One_hundred_thousand_aliases_exceed_the_token_limit()
    {
        string source = "{ " + string.Concat(Enumerable.Range(0, 100_000).Select(i => $"a{i}: a ")) + "}";

        SyntaxException error = RejectQuickly(source);

        Assert.Equal("Syntax Error: Document contains more than 15000 tokens. Parsing aborted.", error.Message);
    }

    [Fact]
    public void Limits_are_configurable()
    {
        var options = new ParserOptions { MaxDepth = 2, MaxTokens = 6 };

        Parser.Parse("{ a { b } }", options with { MaxTokens = 100 });
        Assert.Contains("nesting depth of 2", RejectQuickly("{ a { b { c } } }", options with { MaxTokens = 100 }).Message);
        Assert.Contains("more than 6 tokens", RejectQuickly("{ a b c d e f }", options).Message);
        Assert.Contains("more than 10 UTF-16", RejectQuickly("{ abcdefghijk }", new ParserOptions { MaxSourceLength = 10 }).Message);
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimedTests
{
    public const string Name = "Timed tests (run alone)";
}
