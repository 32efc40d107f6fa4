namespace PostCatalog.GraphQL.Language;

/// <summary>
/// The recursive-descent parser behind <see cref="Parser"/>, one instance per source. This file holds
/// token handling, limits and locations; the grammar is in the other <c>SyntaxParser.*.cs</c> files,
/// in the order of the spec's sections. Recursion is bounded by <see cref="ParserOptions.MaxDepth"/>.
/// </summary>
internal sealed partial class SyntaxParser
{
    private readonly Lexer _lexer;
    private readonly ParserOptions _options;
    private int _tokenCount;
    private int _depth;

    public SyntaxParser(string source, ParserOptions options)
    {
        ArgumentNullException.ThrowIfNull(source);
        _options = options;
        if (source.Length > options.MaxSourceLength)
        {
            throw SyntaxException.At(source, options.MaxSourceLength,
                $"Source contains more than {options.MaxSourceLength} UTF-16 code units. Parsing aborted.");
        }
        _lexer = new Lexer(source);
    }

    /// <summary>Parses one construct that must fill the whole source.</summary>
    public T ParseStandalone<T>(Func<SyntaxParser, T> parse)
    {
        ExpectToken(TokenKind.StartOfFile);
        T result = parse(this);
        ExpectToken(TokenKind.EndOfFile);
        return result;
    }

    private Token Current => _lexer.Token;

    private bool Peek(TokenKind kind) => _lexer.Token.Kind == kind;

    /// <summary>The location of a node that began at <paramref name="start"/> and ends with the last token consumed.</summary>
    private Location? Loc(Token start) =>
        _options.NoLocations ? null : new Location(start.Start, _lexer.LastToken.End, start.Line, start.Column);

    private void Advance()
    {
        Token token = _lexer.Advance();
        if (token.Kind != TokenKind.EndOfFile && ++_tokenCount > _options.MaxTokens)
            throw Error(token.Start, $"Document contains more than {_options.MaxTokens} tokens. Parsing aborted.");
    }

    private Token ExpectToken(TokenKind kind)
    {
        Token token = Current;
        if (token.Kind != kind)
            throw Error(token.Start, $"Expected {kind.Describe()}, found {token.Describe()}.");
        Advance();
        return token;
    }

    private bool ExpectOptionalToken(TokenKind kind)
    {
        if (Current.Kind != kind) return false;
        Advance();
        return true;
    }

    private void ExpectKeyword(string value)
    {
        Token token = Current;
        if (token.Kind != TokenKind.Name || token.Value != value)
            throw Error(token.Start, $"Expected \"{value}\", found {token.Describe()}.");
        Advance();
    }

    private bool ExpectOptionalKeyword(string value)
    {
        Token token = Current;
        if (token.Kind != TokenKind.Name || token.Value != value) return false;
        Advance();
        return true;
    }

    private SyntaxException Unexpected(Token? at = null)
    {
        Token token = at ?? Current;
        return Error(token.Start, $"Unexpected {token.Describe()}.");
    }

    private SyntaxException Error(int position, string description) => SyntaxException.At(_lexer.Source, position, description);

    /// <summary>Enters one level of nesting (a selection set, list or object value, list type).</summary>
    private void EnterNesting()
    {
        if (++_depth > _options.MaxDepth)
            throw Error(Current.Start, $"Document exceeds the maximum nesting depth of {_options.MaxDepth}. Parsing aborted.");
    }

    private void LeaveNesting() => _depth--;

    /// <summary><c>open item+ close</c>: at least one item.</summary>
    private List<T> Many<T>(TokenKind open, Func<T> parseItem, TokenKind close)
    {
        ExpectToken(open);
        var nodes = new List<T>();
        do nodes.Add(parseItem());
        while (!ExpectOptionalToken(close));
        return nodes;
    }

    /// <summary><c>(open item+ close)?</c>: empty when the open token is absent.</summary>
    private IReadOnlyList<T> OptionalMany<T>(TokenKind open, Func<T> parseItem, TokenKind close) =>
        Peek(open) ? Many(open, parseItem, close) : [];

    /// <summary><c>open item* close</c>: possibly empty.</summary>
    private List<T> Any<T>(TokenKind open, Func<T> parseItem, TokenKind close)
    {
        ExpectToken(open);
        var nodes = new List<T>();
        while (!ExpectOptionalToken(close)) nodes.Add(parseItem());
        return nodes;
    }

    /// <summary><c>delimiter? item (delimiter item)*</c>, as in <c>= A | B</c> and <c>implements &amp; A &amp; B</c>.</summary>
    private List<T> DelimitedMany<T>(TokenKind delimiter, Func<T> parseItem)
    {
        ExpectOptionalToken(delimiter);
        var nodes = new List<T>();
        do nodes.Add(parseItem());
        while (ExpectOptionalToken(delimiter));
        return nodes;
    }

    private NameNode ParseName()
    {
        Token token = ExpectToken(TokenKind.Name);
        return new NameNode(token.Value!) { Location = Loc(token) };
    }
}
