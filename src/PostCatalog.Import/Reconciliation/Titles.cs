using System.Text.RegularExpressions;
using PostCatalog.Import.Readers;

namespace PostCatalog.Import.Reconciliation;

/// <summary>Title comparison and the choice of a post's title among its mentions.</summary>
public static partial class Titles
{
    /// <summary>Case, punctuation, quotes and spacing do not make a different title.</summary>
    public static string Key(string title) => Slugs.Key(title);

    public static string Clean(string title) => Whitespace().Replace(title, " ").Trim();

    /// <summary>
    /// The title most documents agree on; ties go to the more authoritative format (the WordPress page
    /// over scrapes), then the longer. A post renamed in one feed ("Data Platform Explained") keeps the
    /// title the other documents print ("Data Platform Explained Part I").
    /// </summary>
    public static string Best(IReadOnlyList<PostMention> mentions) => mentions
        .GroupBy(m => Key(m.Title))
        .OrderByDescending(g => g.Count())
        .ThenBy(g => g.Min(m => FormatAuthority.Rank(m.Format)))
        .ThenByDescending(g => g.Key.Length)
        .Select(g => Clean(g.OrderBy(m => FormatAuthority.Rank(m.Format)).First().Title))
        .First();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

/// <summary>Which document kind to believe first when documents disagree on a fact.</summary>
public static class FormatAuthority
{
    public static int Rank(string format) => format switch
    {
        "wordpress-html" => 0,
        "markdown-listing" => 1,
        "plain-listing" => 2,
        "feed-digest" => 3,
        _ => 4,
    };
}
