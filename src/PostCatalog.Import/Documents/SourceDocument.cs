namespace PostCatalog.Import.Documents;

/// <summary>
/// A document loaded into memory. <see cref="Name"/> (the file name) is what reports and provenance show;
/// <see cref="ContentHash"/> (SHA-256 of the file's bytes) tells whether the same document is stored already.
/// </summary>
public sealed class SourceDocument
{
    private IReadOnlyList<string>? _lines;

    public SourceDocument(string name, string text, string? path = null, string? contentHash = null, long? byteCount = null, InvalidUtf8? invalidUtf8 = null)
    {
        Name = name;
        Path = path;
        Text = text;
        ContentHash = contentHash ?? ContentHashes.Of(text);
        ByteCount = byteCount ?? System.Text.Encoding.UTF8.GetByteCount(text);
        InvalidUtf8 = invalidUtf8;
    }

    public string Name { get; }
    public string? Path { get; }
    public string Text { get; }
    public string ContentHash { get; }
    public long ByteCount { get; }
    /// <summary>Where the file was not valid UTF-8 (the text then holds U+FFFD there); null when it was.</summary>
    public InvalidUtf8? InvalidUtf8 { get; }

    /// <summary>The text split into lines; <c>Lines[0]</c> is line 1. Split on first use, once.</summary>
    public IReadOnlyList<string> Lines => _lines ??= Text.Replace("\r\n", "\n").Split('\n');

    public static string LinePosition(int lineNumber) => $"line {lineNumber}";
}

/// <summary>The first invalid UTF-8 sequence of a file (0-based byte offset, 1-based line) and how many there were.</summary>
public sealed record InvalidUtf8(long ByteOffset, int Line, int Sequences)
{
    public override string ToString() =>
        $"invalid UTF-8 at byte {ByteOffset} (line {Line})" + (Sequences > 1 ? $" and {Sequences - 1} more invalid sequences" : "");
}
