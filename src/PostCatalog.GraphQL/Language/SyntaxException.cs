namespace PostCatalog.GraphQL.Language;

/// <summary>
/// A document that is not valid GraphQL syntax. The message matches graphql-js's
/// (<c>Syntax Error: Expected Name, found &lt;EOF&gt;.</c>); the HTTP layer reports it as HC0011.
/// </summary>
public sealed class SyntaxException : Exception
{
    public SyntaxException(string description, int position, int line, int column)
        : base("Syntax Error: " + description)
    {
        Description = description;
        Position = position;
        Line = line;
        Column = column;
    }

    /// <summary>The message without its <c>Syntax Error: </c> prefix.</summary>
    public string Description { get; }

    /// <summary>UTF-16 offset of the error in the source.</summary>
    public int Position { get; }

    /// <summary>1-based line of <see cref="Position"/>.</summary>
    public int Line { get; }

    /// <summary>1-based column of <see cref="Position"/>.</summary>
    public int Column { get; }

    /// <summary>Builds the exception for a position, computing line and column the way graphql-js's <c>getLocation</c> does.</summary>
    public static SyntaxException At(string source, int position, string description)
    {
        int line = 1, column = position + 1;
        // A line terminator (\r\n, \n or \r) that begins before the position starts a new line.
        ReadOnlySpan<char> text = source.AsSpan(0, Math.Min(position, source.Length));
        int i = 0;
        while (true)
        {
            int next = text[i..].IndexOfAny('\n', '\r');
            if (next < 0) break;
            i += next;
            int length = source[i] == '\r' && i + 1 < source.Length && source[i + 1] == '\n' ? 2 : 1;
            line++;
            column = position + 1 - (i + length);
            i += length;
            if (i >= text.Length) break;
        }
        return new SyntaxException(description, position, line, column);
    }
}
