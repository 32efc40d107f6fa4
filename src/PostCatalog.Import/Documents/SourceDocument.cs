namespace PostCatalog.Import.Documents;

/// <summary>A seed document loaded into memory. <see cref="Name"/> (the file name) is what reports and provenance show.</summary>
public sealed class SourceDocument
{
    public SourceDocument(string name, string text, string? path = null)
    {
        Name = name;
        Path = path;
        Text = text;
        Lines = text.Replace("\r\n", "\n").Split('\n');
    }

    public string Name { get; }
    public string? Path { get; }
    public string Text { get; }
    /// <summary>The text split into lines; <c>Lines[0]</c> is line 1.</summary>
    public IReadOnlyList<string> Lines { get; }

    public static string LinePosition(int lineNumber) => $"line {lineNumber}";
}
