using PostCatalog.GraphQL.Language;

namespace PostCatalog.GraphQL.Tests.Language;

/// <summary>The spec's lexical grammar (section 2.1) and graphql-js's lexer errors.</summary>
public sealed class LexerTests
{
    private static Token Lex(string source) => new Lexer(source).Advance();

    private static List<Token> LexAll(string source)
    {
        var lexer = new Lexer(source);
        var tokens = new List<Token>();
        for (Token token = lexer.Advance(); token.Kind != TokenKind.EndOfFile; token = lexer.Advance()) tokens.Add(token);
        return tokens;
    }

    private static SyntaxException LexError(string source) => Assert.Throws<SyntaxException>(() => LexAll(source));

    [Fact]
    public void Skips_whitespace_commas_comments_and_the_byte_order_mark()
    {
        Token token = Lex("\uFEFF ,,\t# a comment\n\r\n  foo");

        Assert.Equal(new Token(TokenKind.Name, 21, 24, 3, 3, "foo"), token);
    }

    [Fact]
    public void Reads_every_punctuator()
    {
        List<Token> tokens = LexAll("! $ & ( ) ... : = @ [ ] { | }");

        Assert.Equal(
            [TokenKind.Bang, TokenKind.Dollar, TokenKind.Ampersand, TokenKind.LeftParenthesis, TokenKind.RightParenthesis,
             TokenKind.Spread, TokenKind.Colon, TokenKind.Equals, TokenKind.At, TokenKind.LeftBracket, TokenKind.RightBracket,
             TokenKind.LeftBrace, TokenKind.Pipe, TokenKind.RightBrace],
            tokens.Select(t => t.Kind));
    }

    [Theory]
    [InlineData("4", TokenKind.Int)]
    [InlineData("-4", TokenKind.Int)]
    [InlineData("0", TokenKind.Int)]
    [InlineData("-0", TokenKind.Int)]
    [InlineData("4.123", TokenKind.Float)]
    [InlineData("-4.123", TokenKind.Float)]
    [InlineData("0.123", TokenKind.Float)]
    [InlineData("123e4", TokenKind.Float)]
    [InlineData("123E-4", TokenKind.Float)]
    [InlineData("-1.123e+4", TokenKind.Float)]
    public void Reads_numbers_keeping_their_source_text(string source, TokenKind kind)
    {
        Token token = Lex(source);

        Assert.Equal((kind, source), (token.Kind, token.Value));
    }

    [Theory]
    [InlineData("00", "Syntax Error: Invalid number, unexpected digit after 0: \"0\".", 2)]
    [InlineData("1.", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 3)]
    [InlineData("1.A", "Syntax Error: Invalid number, expected digit but got: \"A\".", 3)]
    [InlineData("-A", "Syntax Error: Invalid number, expected digit but got: \"A\".", 2)]
    [InlineData("1.0e", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 5)]
    [InlineData("123abc", "Syntax Error: Invalid number, expected digit but got: \"a\".", 4)]
    [InlineData("1.2.3", "Syntax Error: Invalid number, expected digit but got: \".\".", 4)]
    public void Rejects_malformed_numbers(string source, string message, int column)
    {
        SyntaxException error = LexError(source);

        Assert.Equal((message, 1, column), (error.Message, error.Line, error.Column));
    }

    [Theory]
    [InlineData("\"simple\"", "simple")]
    [InlineData("\" white space \"", " white space ")]
    [InlineData("\"quote \\\"\"", "quote \"")]
    [InlineData("\"escaped \\n\\r\\b\\t\\f\"", "escaped \n\r\b\t\f")]
    [InlineData("\"slashes \\\\ \\/\"", "slashes \\ /")]
    [InlineData("\"unicode \\u1234\\u5678\\u90AB\\uCDEF\"", "unicode \u1234\u5678\u90AB\uCDEF")]
    [InlineData("\"unicode \\u{1234}\\u{5678}\"", "unicode \u1234\u5678")]
    [InlineData("\"variable \\u{1F600}\"", "variable \U0001F600")]
    [InlineData("\"pair \\uD83D\\uDE00\"", "pair \U0001F600")]
    [InlineData("\"raw \U0001F600\"", "raw \U0001F600")]
    public void Reads_strings_with_their_escapes(string source, string value)
    {
        Token token = Lex(source);

        Assert.Equal((TokenKind.String, value), (token.Kind, token.Value));
    }

    [Theory]
    [InlineData("\"", "Syntax Error: Unterminated string.", 1, 2)]
    [InlineData("\"no end", "Syntax Error: Unterminated string.", 1, 8)]
    [InlineData("\"multi\nline\"", "Syntax Error: Unterminated string.", 1, 7)]
    [InlineData("\"bad \\z esc\"", "Syntax Error: Invalid character escape sequence: \"\\z\".", 1, 6)]
    [InlineData("\"bad \\u1 esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u1 es\".", 1, 6)]
    [InlineData("\"bad \\u{} esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{}\".", 1, 6)]
    [InlineData("\"bad \\u{110000}\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{110000}\".", 1, 6)]
    [InlineData("\"lone \\uD83D\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uD83D\".", 1, 7)]
    [InlineData("\"lone \\uDE00\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uDE00\".", 1, 7)]
    public void Rejects_malformed_strings(string source, string message, int line, int column)
    {
        SyntaxException error = LexError(source);

        Assert.Equal((message, line, column), (error.Message, error.Line, error.Column));
    }

    [Fact]
    public void Rejects_a_lone_surrogate_in_the_source()
    {
        const char loneSurrogate = (char)0xD800;

        SyntaxException inString = LexError($"\"a{loneSurrogate}b\"");
        SyntaxException outside = LexError($"{loneSurrogate}");

        Assert.Equal(("Syntax Error: Invalid character within String: U+D800.", 3), (inString.Message, inString.Column));
        Assert.Equal("Syntax Error: Invalid character: U+D800.", outside.Message);
    }

    [Fact]
    public void Accepts_control_characters_inside_strings_as_unicode_scalar_values()
    {
        Assert.Equal("bell \u0007", Lex("\"bell \u0007\"").Value);
    }

    [Fact]
    public void Reads_block_strings_dedented_as_the_spec_says()
    {
        Token token = Lex("\"\"\"\n    Hello,\n      World!\n\n    Yours,\n      GraphQL.\n  \"\"\"");

        Assert.Equal((TokenKind.BlockString, "Hello,\n  World!\n\nYours,\n  GraphQL."), (token.Kind, token.Value));
    }

    [Fact]
    public void Block_strings_keep_escapes_raw_but_unescape_triple_quotes()
    {
        Token token = Lex("\"\"\"unescaped \\n\\t \\\"\"\" quotes\"\"\"");

        Assert.Equal("unescaped \\n\\t \"\"\" quotes", token.Value);
    }

    [Fact]
    public void Tokens_after_a_block_string_have_the_right_line_and_column()
    {
        List<Token> tokens = LexAll("\"\"\"\nline\nline\n\"\"\" after");

        Assert.Equal((4, 5), (tokens[1].Line, tokens[1].Column));
    }

    [Theory]
    [InlineData("?", "Syntax Error: Unexpected character: \"?\".")]
    [InlineData("'", "Syntax Error: Unexpected single quote character ('), did you mean to use a double quote (\")?")]
    [InlineData("\u203B", "Syntax Error: Unexpected character: U+203B.")]
    [InlineData("\U0001F600", "Syntax Error: Unexpected character: U+1F600.")]
    [InlineData("\u2028", "Syntax Error: Unexpected character: U+2028.")]
    [InlineData(".", "Syntax Error: Unexpected character: \".\".")]
    public void Rejects_characters_outside_the_grammar(string source, string message)
    {
        SyntaxException error = LexError(source);

        Assert.Equal((message, 1, 1), (error.Message, error.Line, error.Column));
    }

    [Fact]
    public void Reports_line_and_column_after_crlf_line_endings()
    {
        SyntaxException error = LexError("{\r\n  a\r\n   ?");

        Assert.Equal((3, 4, 11), (error.Line, error.Column, error.Position));
    }
}
