using System.Text.RegularExpressions;
using PostCatalog.Import.Documents;
using PostCatalog.Import.Reporting;

namespace PostCatalog.Import.Readers;

/// <summary>
/// A Markdown scrape of a listing page: a header (<c># Title</c>, <c>**Source**</c>, <c>**URL**</c>,
/// <c>**Scraped**</c>, <c>---</c>) then blocks of: date line ("SEP 23, 2025"), title, excerpt, and either
/// upper-case category lines or a "Published by ..." byline. A category archive (URL <c>/category/slug</c>)
/// puts every post in that category and may print "44 articles"; "Other Categories" lists the vocabulary.
/// </summary>
public sealed partial class MarkdownListingReader : IDocumentReader
{
    public string Format => "markdown-listing";

    public bool Recognizes(SourceDocument document)
    {
        var header = document.Lines.Take(15).ToList();
        return header.Any(l => l.StartsWith("**Source**:")) && header.Any(l => l.StartsWith("**URL**:"));
    }

    public ReadResult Read(SourceDocument document)
    {
        var result = new ReadResult();
        var lines = document.Lines;
        var title = lines.FirstOrDefault(l => l.StartsWith("# "))?[2..].Trim();
        var url = HeaderValue(lines, "URL");
        result.SourceUrl = url;
        result.ScrapedAt = ScrapedAt(HeaderValue(lines, "Scraped"));
        var bodyStart = IndexOf(lines, l => l.Trim() == "---", 0) + 1;

        // A category archive: every post listed belongs to the category.
        CategoryRef? archive = null;
        var archiveMatch = url is null ? Match.Empty : ArchiveUrl().Match(url);
        if (archiveMatch.Success)
        {
            var name = title is null ? null : ArchiveTitle().Match(title) is { Success: true } t ? t.Groups[1].Value.Trim() : null;
            archive = new CategoryRef(name, archiveMatch.Groups[1].Value);
        }

        var firstPost = IndexOf(lines, l => IsDateLine(l), bodyStart);
        for (var i = bodyStart; i < (firstPost < 0 ? lines.Count : firstPost); i++)
        {
            var count = PostCount().Match(lines[i].Trim());
            if (count.Success && archive is not null)
                result.Categories.Add(new CategoryDeclaration(archive, int.Parse(count.Groups[1].Value), document.Name, SourceDocument.LinePosition(i + 1)));
        }
        if (archive is not null && result.Categories.Count == 0)
            result.Categories.Add(new CategoryDeclaration(archive, null, document.Name, SourceDocument.LinePosition(1)));

        var index = firstPost;
        while (index >= 0 && index < lines.Count)
        {
            var line = lines[index].Trim();
            if (IsDateLine(line))
            {
                index = ReadPost(document, index, archive, result);
            }
            else if (line.Equals("Other Categories", StringComparison.OrdinalIgnoreCase))
            {
                index = ReadCategoryList(document, index + 1, result);
            }
            else if (line.Equals("Load More", StringComparison.OrdinalIgnoreCase))
            {
                break;
            }
            else
            {
                if (line.Length > 0)
                    result.Warnings.Add(new ImportWarning(document.Name, SourceDocument.LinePosition(index + 1), $"unexpected line \"{line}\" ignored"));
                index++;
            }
        }

        if (result.Mentions.Count == 0)
            result.Warnings.Add(new ImportWarning(document.Name, null, "Markdown listing without any dated post"));
        return result;
    }

    /// <returns>The index of the first line after the post.</returns>
    private int ReadPost(SourceDocument document, int dateIndex, CategoryRef? archive, ReadResult result)
    {
        var lines = document.Lines;
        var i = dateIndex + 1;
        string? Next()
        {
            while (i < lines.Count && lines[i].Trim().Length == 0) i++;
            return i < lines.Count ? lines[i].Trim() : null;
        }

        var title = Next();
        if (title is null || IsDateLine(title) || IsEndOfPosts(title))
        {
            result.Warnings.Add(new ImportWarning(document.Name, SourceDocument.LinePosition(dateIndex + 1), "date line without a post title; skipped"));
            return title is null ? lines.Count : i;
        }
        i++;

        string? excerpt = null, byline = null;
        var categories = new List<CategoryRef>();
        if (archive is not null) categories.Add(archive);
        if (Next() is { } candidate && !IsBlockLine(candidate) && !IsEndOfPosts(candidate) && !IsDateLine(candidate))
        {
            excerpt = candidate;
            i++;
        }

        while (Next() is { } line && !IsDateLine(line) && !IsEndOfPosts(line))
        {
            if (line.StartsWith("Published by ", StringComparison.OrdinalIgnoreCase))
            {
                byline = line["Published by ".Length..].Trim();
            }
            else if (line.Equals("All categories", StringComparison.OrdinalIgnoreCase))
            { /* a filter link printed after the first post, not a category */ }
            else if (IsCategoryLine(line))
            {
                categories.Add(new CategoryRef(line));
            }
            else
            {
                result.Warnings.Add(new ImportWarning(document.Name, SourceDocument.LinePosition(i + 1), $"unexpected line \"{line}\" in the post \"{title}\"; ignored"));
            }

            i++;
        }

        result.Mentions.Add(new PostMention
        {
            Document = document.Name,
            Format = Format,
            Position = SourceDocument.LinePosition(dateIndex + 1),
            Title = title,
            DateText = lines[dateIndex].Trim(),
            Excerpt = excerpt,
            Categories = categories,
            BylineText = byline,
        });
        return i;
    }

    private static int ReadCategoryList(SourceDocument document, int start, ReadResult result)
    {
        var i = start;
        for (; i < document.Lines.Count; i++)
        {
            var line = document.Lines[i].Trim();
            if (line.Length == 0) continue;
            if (!IsCategoryLine(line)) break;
            result.Categories.Add(new CategoryDeclaration(new CategoryRef(line), null, document.Name, SourceDocument.LinePosition(i + 1)));
        }
        return i;
    }

    private static bool IsBlockLine(string line) =>
        line.StartsWith("Published by ", StringComparison.OrdinalIgnoreCase) || IsCategoryLine(line) || line.Equals("All categories", StringComparison.OrdinalIgnoreCase);

    private static bool IsEndOfPosts(string line) =>
        line.Equals("Load More", StringComparison.OrdinalIgnoreCase) || line.Equals("Other Categories", StringComparison.OrdinalIgnoreCase);

    /// <summary>Category names are printed in capitals: "DATA SCIENCE", "MY BEAT".</summary>
    internal static bool IsCategoryLine(string line) => CategoryLine().IsMatch(line);

    internal static bool IsDateLine(string line) => DateLine().IsMatch(line.Trim());

    /// <summary>"2025-10-10T06:26:11.966904": the scraper's clock, read as UTC (it prints no offset).</summary>
    private static DateTimeOffset? ScrapedAt(string? text) =>
        DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.AssumeUniversal, out var at) ? at : null;

    private static string? HeaderValue(IReadOnlyList<string> lines, string field)
    {
        var prefix = $"**{field}**:";
        return lines.Take(15).FirstOrDefault(l => l.StartsWith(prefix))?[prefix.Length..].Trim();
    }

    private static int IndexOf(IReadOnlyList<string> lines, Func<string, bool> predicate, int from)
    {
        for (var i = from; i < lines.Count; i++)
            if (predicate(lines[i])) return i;
        return -1;
    }

    [GeneratedRegex(@"^[A-Za-z]{3,9}\.? \d{1,2}, \d{4}$")]
    private static partial Regex DateLine();

    [GeneratedRegex(@"^(?=.*[A-Z].*[A-Z])[A-Z0-9&/' \-]+$")]
    private static partial Regex CategoryLine();

    [GeneratedRegex(@"/category/([^/?#]+)")]
    private static partial Regex ArchiveUrl();

    [GeneratedRegex(@"^(.+?) Archives\b")]
    private static partial Regex ArchiveTitle();

    [GeneratedRegex(@"^(\d+) (?:articles|posts)$", RegexOptions.IgnoreCase)]
    private static partial Regex PostCount();
}
