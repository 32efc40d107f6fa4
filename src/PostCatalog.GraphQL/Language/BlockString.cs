using System.Text;

namespace PostCatalog.GraphQL.Language;

/// <summary>
/// Block strings (<c>"""..."""</c>): the spec's <c>BlockStringValue()</c> dedent algorithm, and printing
/// a value back as a block string the way graphql-js does.
/// </summary>
public static class BlockString
{
    /// <summary>The value of a block string from its raw text (between the quotes, <c>\"""</c> already unescaped).</summary>
    public static string Dedent(string raw) => string.Join('\n', DedentLines(SplitLines(raw)));

    /// <summary>
    /// The spec's BlockStringValue(): remove the common indentation of all lines but the first,
    /// then leading and trailing blank lines.
    /// </summary>
    public static List<string> DedentLines(List<string> lines)
    {
        int commonIndent = int.MaxValue;
        int firstNonEmptyLine = -1;
        int lastNonEmptyLine = -1;
        for (int i = 0; i < lines.Count; i++)
        {
            string line = lines[i];
            int indent = LeadingWhitespace(line);
            if (indent == line.Length) continue; // blank lines do not count

            if (firstNonEmptyLine < 0) firstNonEmptyLine = i;
            lastNonEmptyLine = i;
            if (i != 0 && indent < commonIndent) commonIndent = indent;
        }

        if (firstNonEmptyLine < 0) return [];
        var result = new List<string>(lastNonEmptyLine - firstNonEmptyLine + 1);
        for (int i = firstNonEmptyLine; i <= lastNonEmptyLine; i++)
        {
            string line = lines[i];
            result.Add(i == 0 ? line : line.Length <= commonIndent ? "" : line[commonIndent..]);
        }
        return result;
    }

    /// <summary>True when printing <paramref name="value"/> as a block string reads back the same value.</summary>
    public static bool IsPrintable(string value)
    {
        if (value.Length == 0) return true;
        bool isEmptyLine = true, hasIndent = false, hasCommonIndent = true, seenNonEmptyLine = false;
        foreach (char c in value)
        {
            switch (c)
            {
                case <= '\u0008' or '\u000B' or '\u000C' or '\u000E' or '\u000F' or '\r':
                    return false; // control characters cannot be written raw
                case '\n':
                    if (isEmptyLine && !seenNonEmptyLine) return false; // a leading new line would be stripped
                    seenNonEmptyLine = true;
                    isEmptyLine = true;
                    hasIndent = false;
                    break;
                case '\t' or ' ':
                    hasIndent |= isEmptyLine;
                    break;
                default:
                    hasCommonIndent &= hasIndent;
                    isEmptyLine = false;
                    break;
            }
        }
        if (isEmptyLine) return false; // trailing blank lines would be stripped
        if (hasCommonIndent && seenNonEmptyLine) return false; // common indentation would be stripped
        return true;
    }

    /// <summary>
    /// Prints a value as a block string, as graphql-js's <c>printBlockString</c>: on its own lines
    /// unless it is one short line, keeping leading whitespace and trailing quotes intact.
    /// </summary>
    public static string Print(string value, bool minimize = false)
    {
        string escaped = value.Replace("\"\"\"", "\\\"\"\"");
        List<string> lines = SplitLines(escaped);
        bool isSingleLine = lines.Count == 1;

        // If every line after the first is indented, a leading new line keeps the first line from being dedented.
        bool forceLeadingNewLine = lines.Count > 1;
        for (int i = 1; i < lines.Count && forceLeadingNewLine; i++)
            forceLeadingNewLine = lines[i].Length == 0 || CharacterClasses.IsWhiteSpace(lines[i][0]);

        bool hasTrailingTripleQuotes = escaped.EndsWith("\\\"\"\"", StringComparison.Ordinal);
        bool hasTrailingQuote = value.EndsWith('"') && !hasTrailingTripleQuotes;
        bool hasTrailingSlash = value.EndsWith('\\');
        bool forceTrailingNewLine = hasTrailingQuote || hasTrailingSlash;

        bool printAsMultipleLines = !minimize &&
            (!isSingleLine || value.Length > 70 || forceTrailingNewLine || forceLeadingNewLine || hasTrailingTripleQuotes);

        var result = new StringBuilder(escaped.Length + 8).Append("\"\"\"");
        bool skipLeadingNewLine = isSingleLine && value.Length > 0 && CharacterClasses.IsWhiteSpace(value[0]);
        if ((printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine) result.Append('\n');
        result.Append(escaped);
        if (printAsMultipleLines || forceTrailingNewLine) result.Append('\n');
        return result.Append("\"\"\"").ToString();
    }

    /// <summary>Splits on the spec's line terminators: \r\n, \n and \r.</summary>
    internal static List<string> SplitLines(string text)
    {
        var lines = new List<string>();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is not ('\n' or '\r')) continue;
            lines.Add(text[start..i]);
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            start = i + 1;
        }
        lines.Add(text[start..]);
        return lines;
    }

    private static int LeadingWhitespace(string line)
    {
        int i = 0;
        while (i < line.Length && CharacterClasses.IsWhiteSpace(line[i])) i++;
        return i;
    }
}
