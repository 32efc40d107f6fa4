namespace PostCatalog.GraphQL.Types;

/// <summary>
/// How errors quote what a client sent: a short prefix, never the whole input. An error that echoed a 10 MB string
/// would hand the attacker a 10 MB answer (and the log a 10 MB line).
/// </summary>
public static class ErrorText
{
    /// <summary>Longest input, in characters, an error message or extension repeats whole.</summary>
    public const int MaxQuotedLength = 64;

    /// <summary>The text itself when short; otherwise its first <paramref name="maxLength"/> characters, "…" and the full length.</summary>
    public static string Quote(string text, int maxLength = MaxQuotedLength)
    {
        if (text.Length <= maxLength) return text;
        var cut = maxLength;
        if (char.IsHighSurrogate(text[cut - 1])) cut--; // never split a character in two
        return $"{text[..cut]}… ({text.Length} characters)";
    }
}
