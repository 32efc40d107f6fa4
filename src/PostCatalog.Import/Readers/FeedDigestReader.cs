using System.Text.RegularExpressions;
using PostCatalog.Import.Documents;
using PostCatalog.Import.Reporting;

namespace PostCatalog.Import.Readers;

/// <summary>
/// A digest of one category's feed: the category name on line 1, "49 posts" run into the first entry,
/// then one entry per line: "&lt;excerpt&gt; The post &lt;title&gt; appeared first on &lt;site&gt;."
/// Entries carry no date. Every entry belongs to the feed's category.
/// </summary>
public sealed partial class FeedDigestReader : IDocumentReader
{
    public string Format => "feed-digest";

    public bool Recognizes(SourceDocument document) => document.Lines.Any(l => Entry().IsMatch(l));

    public ReadResult Read(SourceDocument document)
    {
        var result = new ReadResult();
        var lines = document.Lines;
        CategoryRef? feedCategory = null;
        var first = 0;

        if (lines.Count > 0 && !Entry().IsMatch(lines[0]) && lines[0].Trim() is { Length: > 0 } name)
        {
            feedCategory = new CategoryRef(name);
            first = 1;
        }

        for (var i = first; i < lines.Count; i++)
        {
            var line = lines[i].Trim();
            var position = SourceDocument.LinePosition(i + 1);
            if (line.Length == 0) continue;

            // "49 postsTL;DR ...": the category's post count is printed into the first entry.
            var count = LeadingPostCount().Match(line);
            if (count.Success)
            {
                if (feedCategory is not null)
                    result.Categories.Add(new CategoryDeclaration(feedCategory, int.Parse(count.Groups[1].Value), document.Name, position));
                line = line[count.Length..].Trim();
                if (line.Length == 0) continue;
            }

            var entry = Entry().Match(line);
            if (!entry.Success)
            {
                result.Warnings.Add(new ImportWarning(document.Name, position,
                    $"\"{Shorten(line)}\" is not a feed entry (no \"The post … appeared first on …\"); skipped"));
                continue;
            }

            result.Mentions.Add(new PostMention
            {
                Document = document.Name,
                Format = Format,
                Position = position,
                Title = entry.Groups["title"].Value.Trim(),
                Excerpt = entry.Groups["excerpt"].Value.Trim() is { Length: > 0 } excerpt ? excerpt : null,
                Categories = feedCategory is null ? [] : [feedCategory],
            });
        }

        if (feedCategory is not null && !result.Categories.Any())
            result.Categories.Add(new CategoryDeclaration(feedCategory, null, document.Name, SourceDocument.LinePosition(1)));
        return result;
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";

    // Greedy excerpt: the title is the last "The post ... appeared first on".
    [GeneratedRegex(@"^(?<excerpt>.*)\bThe post (?<title>.+?) appeared first on (?<site>.+?)\.?\s*$")]
    private static partial Regex Entry();

    [GeneratedRegex(@"^(\d+) posts?(?=\P{Ll}|$)")]
    private static partial Regex LeadingPostCount();
}
