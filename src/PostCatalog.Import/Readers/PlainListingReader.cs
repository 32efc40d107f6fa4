using System.Text.RegularExpressions;
using PostCatalog.Import.Documents;
using PostCatalog.Import.Reporting;

namespace PostCatalog.Import.Readers;

/// <summary>
/// A plain-text listing of "sticky" blocks: <c>sticky</c>, date ("Mar 25, 2025"), title, excerpt, and
/// the categories printed run together without separators ("DataData SciencePlatform"), which are split
/// against the category vocabulary during reconciliation.
/// </summary>
public sealed partial class PlainListingReader : IDocumentReader
{
    public string Format => "plain-listing";

    public bool Recognizes(SourceDocument document) =>
        document.Lines.Count(l => l.Trim().Equals("sticky", StringComparison.OrdinalIgnoreCase)) >= 1;

    public ReadResult Read(SourceDocument document)
    {
        var result = new ReadResult();
        var lines = document.Lines;
        var starts = Enumerable.Range(0, lines.Count).Where(i => lines[i].Trim().Equals("sticky", StringComparison.OrdinalIgnoreCase)).ToList();

        for (var b = 0; b < starts.Count; b++)
        {
            var end = b + 1 < starts.Count ? starts[b + 1] : lines.Count;
            var content = Enumerable.Range(starts[b] + 1, end - starts[b] - 1)
                .Where(i => lines[i].Trim().Length > 0)
                .Select(i => (Line: i + 1, Text: lines[i].Trim()))
                .ToList();
            ReadBlock(document, starts[b] + 1, content, result);
        }
        return result;
    }

    private void ReadBlock(SourceDocument document, int stickyLine, List<(int Line, string Text)> content, ReadResult result)
    {
        var position = SourceDocument.LinePosition(stickyLine);
        string? dateText = null;
        if (content.Count > 0 && DateLine().IsMatch(content[0].Text))
        {
            dateText = content[0].Text;
            content.RemoveAt(0);
        }
        if (content.Count == 0)
        {
            result.Warnings.Add(new ImportWarning(document.Name, position, "sticky block without a title; skipped"));
            return;
        }
        if (content.Count > 3)
        {
            result.Warnings.Add(new ImportWarning(document.Name, SourceDocument.LinePosition(content[3].Line),
                $"{content.Count - 3} unexpected line(s) after the categories; ignored"));
        }

        var missing = new List<string>();
        if (dateText is null) missing.Add("date");
        if (content.Count < 3) missing.Add("category line");
        if (missing.Count > 0)
        {
            result.Warnings.Add(new ImportWarning(document.Name, position,
                $"sticky block \"{content[0].Text}\" has no {string.Join(" and no ", missing)}"));
        }

        result.Mentions.Add(new PostMention
        {
            Document = document.Name,
            Format = Format,
            Position = position,
            Title = content[0].Text,
            DateText = dateText,
            Excerpt = content.Count > 1 ? content[1].Text : null,
            RunTogetherCategories = content.Count > 2 ? content[2].Text : null,
        });
    }

    [GeneratedRegex(@"^([A-Za-z]{3,9}\.? \d{1,2}, \d{4}|\d{4}-\d{2}-\d{2})$")]
    private static partial Regex DateLine();
}
