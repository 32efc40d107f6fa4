using System.Text.RegularExpressions;

namespace PostCatalog.Import.Reconciliation;

/// <summary>An excerpt without its cut marker, and whether one was there.</summary>
public sealed record Excerpt(string Text, bool IsTruncated)
{
    /// <summary>Scrapers drop link text and leave "Check out , where ...": a space before punctuation.</summary>
    public bool HasDroppedLinkText => Excerpts.DroppedLinkText().IsMatch(Text);
}

/// <summary>Excerpts are cut with "...", "[...]", "…" or "[…]"; the fullest text wins.</summary>
public static partial class Excerpts
{
    public static Excerpt? Parse(string? printed)
    {
        if (string.IsNullOrWhiteSpace(printed)) return null;
        var text = Whitespace().Replace(printed, " ").Trim();
        var marker = CutMarker().Match(text);
        if (!marker.Success) return new Excerpt(text, false);
        var kept = text[..marker.Index].TrimEnd();
        return kept.Length == 0 ? null : new Excerpt(kept, true);
    }

    /// <summary>The fullest excerpt: complete text (no dropped link words) first, then the longest.</summary>
    public static Excerpt? Fullest(IEnumerable<Excerpt?> excerpts) => excerpts
        .OfType<Excerpt>()
        .OrderBy(e => e.HasDroppedLinkText)
        .ThenByDescending(e => e.Text.Length)
        .ThenBy(e => e.IsTruncated)
        .FirstOrDefault();

    /// <summary>True when one excerpt is the start of the other (a shorter cut of the same text).</summary>
    /// <summary>Shorter texts (after <see cref="Slugs.Key"/>) are too generic to identify a post.</summary>
    public const int MinimumSameTextLength = 40;

    public static bool SameText(Excerpt a, Excerpt b, int minimumLength = MinimumSameTextLength)
    {
        var (x, y) = (Slugs.Key(a.Text), Slugs.Key(b.Text));
        var (shorter, longer) = x.Length <= y.Length ? (x, y) : (y, x);
        return shorter.Length >= minimumLength && longer.StartsWith(shorter, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\s*(\[\s*(\.\.\.|…)\s*\]|\.\.\.|…)\s*$")]
    private static partial Regex CutMarker();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\w\s+[,;:](\s|$)")]
    internal static partial Regex DroppedLinkText();
}
