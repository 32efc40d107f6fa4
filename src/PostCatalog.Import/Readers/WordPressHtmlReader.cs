using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using PostCatalog.Import.Documents;
using PostCatalog.Import.Reporting;

namespace PostCatalog.Import.Readers;

/// <summary>
/// A WordPress listing page (home or archive). Posts are <c>article#post-N</c> items whose parent
/// <c>li</c> carries <c>category-*</c>/<c>tag-*</c> classes; the category filter menu gives WordPress
/// category ids; a featured "main-post" block repeats one post with a longer excerpt.
/// </summary>
public sealed partial class WordPressHtmlReader : IDocumentReader
{
    public string Format => "wordpress-html";

    public bool Recognizes(SourceDocument document)
    {
        var head = document.Text.Length > 4096 ? document.Text[..4096] : document.Text;
        return head.Contains("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<html", StringComparison.OrdinalIgnoreCase);
    }

    public ReadResult Read(SourceDocument document)
    {
        var result = new ReadResult();
        // Scrapes may carry a few lines of text before the markup; parse from the markup and
        // add those lines back so positions are lines of the file.
        var start = HtmlStart(document.Text);
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        var html = parser.ParseDocument(document.Text[start..]);
        string Position(IElement e) => ElementPosition(e, document.Text, start);
        result.SourceUrl = html.QuerySelector("link[rel=canonical]")?.GetAttribute("href")?.Trim() is { Length: > 0 } canonical ? canonical : null;

        foreach (var item in html.QuerySelectorAll("ul.home-page-filter li[data-category-id]"))
        {
            var link = item.QuerySelector("a");
            if (!int.TryParse(item.GetAttribute("data-category-id"), out var id) || link is null) continue;
            result.Categories.Add(new CategoryDeclaration(
                new CategoryRef(Clean(link.TextContent), CategorySlug(link.GetAttribute("href")), id),
                null, document.Name, Position(item)));
        }

        var featured = html.QuerySelector("div.main-post");
        if (featured is not null)
            AddMention(featured, featured.QuerySelector(".main-post-info p")?.TextContent, null, []);

        foreach (var article in html.QuerySelectorAll("article[id^='post-']"))
        {
            var wordPressId = int.TryParse(article.Id!["post-".Length..], out var id) ? id : (int?)null;
            var info = article.QuerySelector("div.info");
            // The excerpt is the bare text of div.info, after the date and the title.
            var excerpt = info is null ? null : string.Concat(info.ChildNodes.Where(n => n.NodeType == NodeType.Text).Select(n => n.TextContent));
            var classes = article.ParentElement?.LocalName == "li" ? article.ParentElement.ClassList.ToArray() : [];
            AddMention(article, excerpt, wordPressId, classes);
        }

        if (result.Mentions.Count == 0)
            result.Warnings.Add(new ImportWarning(document.Name, null, "HTML page without any post article"));
        return result;

        void AddMention(IElement block, string? excerpt, int? wordPressId, string[] itemClasses)
        {
            var titleLink = block.QuerySelector("h2 a");
            var title = Clean(titleLink?.TextContent) ?? Clean(titleLink?.GetAttribute("title"));
            if (title is null)
            {
                result.Warnings.Add(new ImportWarning(document.Name, Position(block), "post without a title; skipped"));
                return;
            }

            var time = block.QuerySelector("time[datetime]");
            var dateText = time?.GetAttribute("datetime") ?? Clean(block.QuerySelector(".date")?.TextContent);
            if (dateText is null)
                result.Warnings.Add(new ImportWarning(document.Name, Position(block), $"post \"{title}\" has no date"));

            var categories = new List<CategoryRef>();
            foreach (var link in block.QuerySelectorAll("ul.btn-list a"))
                categories.Add(new CategoryRef(Clean(link.TextContent), CategorySlug(link.GetAttribute("href"))));
            foreach (var slug in itemClasses.Where(c => c.StartsWith("category-")).Select(c => c["category-".Length..]))
                if (!categories.Any(c => c.Slug == slug)) categories.Add(new CategoryRef(null, slug));

            result.Mentions.Add(new PostMention
            {
                Document = document.Name,
                Format = Format,
                Position = Position(block),
                Title = title,
                DateText = dateText,
                Excerpt = Clean(excerpt),
                Url = titleLink?.GetAttribute("href")?.Trim(),
                WordPressId = wordPressId,
                ThumbnailUrl = block.QuerySelector("img.wp-post-image")?.GetAttribute("src"),
                Categories = categories,
                Tags = itemClasses.Where(c => c.StartsWith("tag-")).Select(c => new TagRef(c["tag-".Length..])).ToList(),
            });
        }
    }

    private static int HtmlStart(string text)
    {
        var doctype = text.IndexOf("<!doctype", StringComparison.OrdinalIgnoreCase);
        var html = text.IndexOf("<html", StringComparison.OrdinalIgnoreCase);
        var start = doctype >= 0 && (html < 0 || doctype < html) ? doctype : html;
        return Math.Max(start, 0);
    }

    /// <summary>"article#post-7240 (line 3, column 20512)": a short CSS path up to the nearest id, plus where it starts in the file.</summary>
    internal static string ElementPosition(IElement element, string text, int htmlStart)
    {
        var steps = new List<string>();
        for (var e = element; e is not null && steps.Count < 4; e = e.ParentElement)
        {
            steps.Insert(0, e.Id is { Length: > 0 } id ? $"{e.LocalName}#{id}"
                : e.ClassList.Length > 0 ? $"{e.LocalName}.{e.ClassList[0]}" : e.LocalName);
            if (e.Id is { Length: > 0 }) break;
        }
        // AngleSharp's own line/column are 16-bit and wrap on long minified lines; count from the offset instead.
        var where = "";
        if (element.SourceReference?.Position is { } p)
        {
            var offset = Math.Clamp(htmlStart + p.Position - 1, 0, text.Length);
            var lineStart = text.LastIndexOf('\n', Math.Max(offset - 1, 0)) + 1;
            var line = 1 + text.AsSpan(0, lineStart).Count('\n');
            where = $" (line {line}, column {offset - lineStart + 1})";
        }
        return string.Join(" > ", steps) + where;
    }

    private static string? CategorySlug(string? href)
    {
        if (href is null) return null;
        var match = CategoryPath().Match(href);
        return match.Success ? match.Groups[1].Value : null;
    }

    private static string? Clean(string? text)
    {
        if (text is null) return null;
        var cleaned = Whitespace().Replace(text, " ").Trim();
        return cleaned.Length == 0 ? null : cleaned;
    }

    [GeneratedRegex(@"/category/([^/?#]+)")]
    private static partial Regex CategoryPath();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
