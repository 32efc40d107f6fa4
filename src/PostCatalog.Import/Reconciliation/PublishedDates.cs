using System.Globalization;

namespace PostCatalog.Import.Reconciliation;

/// <summary>
/// Every date form the documents print: "SEP 23, 2025", "Mar 25, 2025", "October 21, 2024",
/// ISO "2024-10-21", and HTML datetime attributes "2024-10-21T09:00:00+00:00".
/// </summary>
public static class PublishedDates
{
    private static readonly string[] Formats =
    [
        "MMM d, yyyy", "MMMM d, yyyy", "MMM. d, yyyy", "d MMM yyyy", "d MMMM yyyy", "yyyy-MM-dd", "yyyy/MM/dd",
    ];

    public static bool TryParse(string? text, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var trimmed = text.Trim();
        // Month names in capitals ("SEP") are matched case-insensitively by the invariant culture;
        // "Sept" is the one common abbreviation it does not know.
        trimmed = trimmed.Replace("Sept ", "Sep ", StringComparison.OrdinalIgnoreCase);

        if (DateOnly.TryParseExact(trimmed, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out date))
            return true;
        if (trimmed.Contains('T') && DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment))
        {
            // The calendar date as the page printed it, not shifted to UTC.
            date = DateOnly.FromDateTime(moment.DateTime);
            return true;
        }
        return false;
    }
}
