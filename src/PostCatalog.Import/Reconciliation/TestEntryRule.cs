using System.Text.RegularExpressions;
using PostCatalog.Import.Readers;

namespace PostCatalog.Import.Reconciliation;

/// <summary>
/// Recognises entries that are plainly tests ("This is a testing blog testing" filed under
/// "TestThis is a new cat") so they are quarantined with a reason instead of served.
/// Real titles about testing ("How to Accurately Test Significance", "Sequential Testing") are not
/// matched: the title must read as a statement about the entry itself, or its category must be
/// outside the vocabulary and name a test.
/// </summary>
public static partial class TestEntryRule
{
    /// <returns>Why the mention is a test entry, or null when it looks real.</returns>
    public static string? Reason(PostMention mention, CategoryVocabulary vocabulary)
    {
        var reasons = new List<string>();
        if (TestTitle().IsMatch(mention.Title))
            reasons.Add($"the title \"{mention.Title}\" reads as a test entry");

        var unknownCategories = mention.Categories
            .Where(c => vocabulary.Find(c) is null && c.Name is not null)
            .Select(c => c.Name!)
            .ToList();
        if (mention.RunTogetherCategories is { } runTogether && vocabulary.SplitRunTogether(runTogether).Unknown.Count > 0)
            unknownCategories.Add(runTogether);
        foreach (var category in unknownCategories.Where(c => TestCategory().IsMatch(c)))
            reasons.Add($"the category \"{category}\" is not in the category vocabulary and names a test");

        return reasons.Count == 0 ? null : string.Join("; ", reasons);
    }

    [GeneratedRegex(@"^\s*test\s*$|\bthis is a test|\btest(ing)? (blog|post|entry|page|article)\b|\blorem ipsum\b|\bhello world\b|\bdo not publish\b|\bdummy (post|entry|text)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TestTitle();

    [GeneratedRegex(@"^test|\btest\b|\bnew cat(egory)?\b|\bdummy\b|\bsample\b", RegexOptions.IgnoreCase)]
    private static partial Regex TestCategory();
}
