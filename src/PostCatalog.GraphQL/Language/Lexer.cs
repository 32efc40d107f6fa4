using System.Buffers;
using System.Text;
using static PostCatalog.GraphQL.Language.CharacterClasses;

namespace PostCatalog.GraphQL.Language;

/// <summary>
/// Turns GraphQL source text into tokens on demand, following the spec's lexical grammar and
/// graphql-js's error messages. Whitespace, commas, the BOM and comments are skipped.
/// </summary>
public sealed class Lexer
{
    // Characters that end a plain run inside a string, block string or comment; everything else is copied as is.
    // Searching for them with SearchValues (vectorised) keeps long strings and comments cheap.
    private static readonly SearchValues<char> StringSpecials = SearchValues.Create(SpecialsWithSurrogates("\"\\\n\r"));
    private static readonly SearchValues<char> CommentSpecials = SearchValues.Create(SpecialsWithSurrogates("\n\r"));

    private readonly string _source;
    private int _line = 1;
    private int _lineStart;
    private Token? _lookahead;

    public Lexer(string source)
    {
        _source = source;
        Token = LastToken = new Token(TokenKind.StartOfFile, 0, 0, 0, 0);
    }

    public string Source => _source;

    /// <summary>The current token: the next one the parser looks at.</summary>
    public Token Token { get; private set; }

    /// <summary>The token consumed most recently; a node ends where it ends.</summary>
    public Token LastToken { get; private set; }

    /// <summary>Moves to the next significant token and returns it.</summary>
    public Token Advance()
    {
        LastToken = Token;
        Token = Lookahead();
        _lookahead = null;
        return Token;
    }

    /// <summary>The token after <see cref="Token"/>, without consuming anything.</summary>
    public Token Lookahead()
    {
        if (Token.Kind == TokenKind.EndOfFile) return Token;
        if (_lookahead is { } cached) return cached;
        Token next;
        int position = Token.End;
        do
        {
            next = ReadNextToken(position);
            position = next.End;
        } while (next.Kind == TokenKind.Comment);
        _lookahead = next;
        return next;
    }

    private int CharAt(int position) => (uint)position < (uint)_source.Length ? _source[position] : -1;

    private Token Create(TokenKind kind, int start, int end, string? value = null) =>
        new(kind, start, end, _line, 1 + start - _lineStart, value);

    private SyntaxException Error(int position, string description) => SyntaxException.At(_source, position, description);

    private Token ReadNextToken(int start)
    {
        string body = _source;
        int position = start;
        while (position < body.Length)
        {
            char code = body[position];
            switch (code)
            {
                case '\uFEFF' or '\t' or ' ' or ',':
                    position++;
                    continue;
                case '\n':
                    position++;
                    _line++;
                    _lineStart = position;
                    continue;
                case '\r':
                    position += CharAt(position + 1) == '\n' ? 2 : 1;
                    _line++;
                    _lineStart = position;
                    continue;
                case '#': return ReadComment(position);
                case '!': return Create(TokenKind.Bang, position, position + 1);
                case '$': return Create(TokenKind.Dollar, position, position + 1);
                case '&': return Create(TokenKind.Ampersand, position, position + 1);
                case '(': return Create(TokenKind.LeftParenthesis, position, position + 1);
                case ')': return Create(TokenKind.RightParenthesis, position, position + 1);
                case '.':
                    if (CharAt(position + 1) == '.' && CharAt(position + 2) == '.')
                        return Create(TokenKind.Spread, position, position + 3);
                    // graphql-js 17 names the likely typo instead of "Unexpected character".
                    if (CharAt(position + 1) == '.')
                        throw Error(position, "Unexpected \"..\", did you mean \"...\"?");
                    if (IsDigit(CharAt(position + 1)))
                    {
                        int end = position + 1;
                        while (IsDigit(CharAt(end))) end++;
                        throw Error(position, $"Invalid number, expected digit before \".\", did you mean \"0.{body[(position + 1)..end]}\"?");
                    }
                    break;
                case ':': return Create(TokenKind.Colon, position, position + 1);
                case '=': return Create(TokenKind.Equals, position, position + 1);
                case '@': return Create(TokenKind.At, position, position + 1);
                case '[': return Create(TokenKind.LeftBracket, position, position + 1);
                case ']': return Create(TokenKind.RightBracket, position, position + 1);
                case '{': return Create(TokenKind.LeftBrace, position, position + 1);
                case '|': return Create(TokenKind.Pipe, position, position + 1);
                case '}': return Create(TokenKind.RightBrace, position, position + 1);
                case '"':
                    return CharAt(position + 1) == '"' && CharAt(position + 2) == '"'
                        ? ReadBlockString(position)
                        : ReadString(position);
            }

            if (IsDigit(code) || code == '-') return ReadNumber(position, code);
            if (IsNameStart(code)) return ReadName(position);

            throw Error(position,
                code == '\'' ? "Unexpected single quote character ('), did you mean to use a double quote (\")?"
                : IsUnicodeScalarValue(code) || IsSupplementaryCodePoint(position) ? $"Unexpected character: {PrintCodePointAt(position)}."
                : $"Invalid character: {PrintCodePointAt(position)}.");
        }
        return Create(TokenKind.EndOfFile, body.Length, body.Length);
    }

    private bool IsSupplementaryCodePoint(int position) =>
        IsLeadingSurrogate(CharAt(position)) && IsTrailingSurrogate(CharAt(position + 1));

    /// <summary>A character as error messages show it: <c>"a"</c>, <c>'"'</c>, <c>U+00E9</c> or <c>&lt;EOF&gt;</c>.</summary>
    private string PrintCodePointAt(int position)
    {
        if (position >= _source.Length) return "<EOF>";
        int code = IsSupplementaryCodePoint(position) ? char.ConvertToUtf32(_source[position], _source[position + 1]) : _source[position];
        if (code is >= 0x20 and <= 0x7E) return code == '"' ? "'\"'" : $"\"{(char)code}\"";
        return "U+" + code.ToString("X4");
    }

    private Token ReadComment(int start)
    {
        int position = start + 1;
        while (position < _source.Length)
        {
            position = SkipPlain(position, CommentSpecials);
            if (position >= _source.Length) break;
            int code = _source[position];
            if (code is '\n' or '\r') break;
            if (IsUnicodeScalarValue(code)) position++;
            else if (IsSupplementaryCodePoint(position)) position += 2;
            else break;
        }
        return Create(TokenKind.Comment, start, position, _source[(start + 1)..position]);
    }

    private Token ReadNumber(int start, int firstCode)
    {
        int position = start;
        int code = firstCode;
        bool isFloat = false;

        if (code == '-') code = CharAt(++position);

        if (code == '0')
        {
            code = CharAt(++position);
            if (IsDigit(code))
                throw Error(position, $"Invalid number, unexpected digit after 0: {PrintCodePointAt(position)}.");
        }
        else
        {
            position = ReadDigits(position, code);
            code = CharAt(position);
        }

        if (code == '.')
        {
            isFloat = true;
            code = CharAt(++position);
            position = ReadDigits(position, code);
            code = CharAt(position);
        }

        if (code is 'E' or 'e')
        {
            isFloat = true;
            code = CharAt(++position);
            if (code is '+' or '-') code = CharAt(++position);
            position = ReadDigits(position, code);
            code = CharAt(position);
        }

        // A number may not run straight into a name or another dot: 1x, 1.2.3.
        if (code == '.' || IsNameStart(code))
            throw Error(position, $"Invalid number, expected digit but got: {PrintCodePointAt(position)}.");

        return Create(isFloat ? TokenKind.Float : TokenKind.Int, start, position, _source[start..position]);
    }

    private int ReadDigits(int start, int firstCode)
    {
        if (!IsDigit(firstCode))
            throw Error(start, $"Invalid number, expected digit but got: {PrintCodePointAt(start)}.");
        int position = start + 1;
        while (IsDigit(CharAt(position))) position++;
        return position;
    }

    private Token ReadString(int start)
    {
        string body = _source;
        int position = start + 1;
        int chunkStart = position;
        StringBuilder? value = null; // only strings with escapes need a builder

        while (position < body.Length)
        {
            position = SkipPlain(position, StringSpecials);
            if (position >= body.Length) break;
            int code = body[position];
            if (code == '"')
            {
                string text = value is null
                    ? body[chunkStart..position]
                    : value.Append(body, chunkStart, position - chunkStart).ToString();
                return Create(TokenKind.String, start, position + 1, text);
            }

            if (code == '\\')
            {
                value ??= new StringBuilder();
                value.Append(body, chunkStart, position - chunkStart);
                int size = CharAt(position + 1) == 'u'
                    ? CharAt(position + 2) == '{'
                        ? ReadEscapedUnicodeVariableWidth(position, value)
                        : ReadEscapedUnicodeFixedWidth(position, value)
                    : ReadEscapedCharacter(position, value);
                position += size;
                chunkStart = position;
                continue;
            }

            if (code is '\n' or '\r') break;

            if (IsUnicodeScalarValue(code)) position++;
            else if (IsSupplementaryCodePoint(position)) position += 2;
            else throw Error(position, $"Invalid character within String: {PrintCodePointAt(position)}.");
        }

        throw Error(position, "Unterminated string.");
    }

    /// <summary><c>\u{1F600}</c>: one to eight hex digits naming a Unicode scalar value.</summary>
    private int ReadEscapedUnicodeVariableWidth(int position, StringBuilder value)
    {
        int point = 0;
        int size = 3;
        while (size < 12) // cannot be longer than \u{00000000}
        {
            int code = CharAt(position + size++);
            if (code == '}')
            {
                if (size < 5 || !IsUnicodeScalarValue(point)) break;
                value.Append(char.ConvertFromUtf32(point));
                return size;
            }
            point = (point << 4) | ReadHexDigit(code);
            if (point < 0) break;
        }
        throw Error(position, $"Invalid Unicode escape sequence: \"{Slice(position, position + size)}\".");
    }

    /// <summary><c>\u00E9</c>, or a JSON-style surrogate pair <c>\uD83D\uDE00</c>; a lone surrogate is an error.</summary>
    private int ReadEscapedUnicodeFixedWidth(int position, StringBuilder value)
    {
        int code = Read16BitHexCode(position + 2);
        if (IsUnicodeScalarValue(code))
        {
            value.Append((char)code);
            return 6;
        }

        if (IsLeadingSurrogate(code) && CharAt(position + 6) == '\\' && CharAt(position + 7) == 'u')
        {
            int trailingCode = Read16BitHexCode(position + 8);
            if (IsTrailingSurrogate(trailingCode))
            {
                value.Append((char)code).Append((char)trailingCode);
                return 12;
            }
        }

        throw Error(position, $"Invalid Unicode escape sequence: \"{Slice(position, position + 6)}\".");
    }

    private int Read16BitHexCode(int position) =>
        (ReadHexDigit(CharAt(position)) << 12) | (ReadHexDigit(CharAt(position + 1)) << 8)
        | (ReadHexDigit(CharAt(position + 2)) << 4) | ReadHexDigit(CharAt(position + 3));

    private static int ReadHexDigit(int code) => code switch
    {
        >= '0' and <= '9' => code - '0',
        >= 'A' and <= 'F' => code - 'A' + 10,
        >= 'a' and <= 'f' => code - 'a' + 10,
        _ => -1,
    };

    private int ReadEscapedCharacter(int position, StringBuilder value)
    {
        char? escaped = CharAt(position + 1) switch
        {
            '"' => '"',
            '\\' => '\\',
            '/' => '/',
            'b' => '\b',
            'f' => '\f',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            _ => null,
        };
        if (escaped is null)
            throw Error(position, $"Invalid character escape sequence: \"{Slice(position, position + 2)}\".");
        value.Append(escaped.Value);
        return 2;
    }

    private Token ReadBlockString(int start)
    {
        string body = _source;
        int lineStart = _lineStart;
        int position = start + 3;
        int chunkStart = position;
        var currentLine = new StringBuilder();
        var blockLines = new List<string>();

        while (position < body.Length)
        {
            position = SkipPlain(position, StringSpecials);
            if (position >= body.Length) break;
            int code = body[position];
            if (code == '"' && CharAt(position + 1) == '"' && CharAt(position + 2) == '"')
            {
                currentLine.Append(body, chunkStart, position - chunkStart);
                blockLines.Add(currentLine.ToString());
                var token = Create(TokenKind.BlockString, start, position + 3,
                    string.Join('\n', BlockString.DedentLines(blockLines)));
                _line += blockLines.Count - 1;
                _lineStart = lineStart;
                return token;
            }

            if (code == '\\' && CharAt(position + 1) == '"' && CharAt(position + 2) == '"' && CharAt(position + 3) == '"')
            {
                currentLine.Append(body, chunkStart, position - chunkStart);
                chunkStart = position + 1; // drop only the backslash
                position += 4;
                continue;
            }

            if (code is '\n' or '\r')
            {
                currentLine.Append(body, chunkStart, position - chunkStart);
                blockLines.Add(currentLine.ToString());
                currentLine.Clear();
                position += code == '\r' && CharAt(position + 1) == '\n' ? 2 : 1;
                chunkStart = position;
                lineStart = position;
                continue;
            }

            if (IsUnicodeScalarValue(code)) position++;
            else if (IsSupplementaryCodePoint(position)) position += 2;
            else throw Error(position, $"Invalid character within String: {PrintCodePointAt(position)}.");
        }

        throw Error(position, "Unterminated string.");
    }

    private Token ReadName(int start)
    {
        int position = start + 1;
        while (position < _source.Length && IsNameContinue(_source[position])) position++;
        return Create(TokenKind.Name, start, position, _source[start..position]);
    }

    /// <summary>The position of the next character in <paramref name="specials"/>, or the end of the source.</summary>
    private int SkipPlain(int position, SearchValues<char> specials)
    {
        int offset = _source.AsSpan(position).IndexOfAny(specials);
        return offset < 0 ? _source.Length : position + offset;
    }

    private static string SpecialsWithSurrogates(string specials)
    {
        var chars = new StringBuilder(specials);
        for (int c = 0xD800; c <= 0xDFFF; c++) chars.Append((char)c);
        return chars.ToString();
    }

    private string Slice(int start, int end) => _source[start..Math.Min(end, _source.Length)];
}
