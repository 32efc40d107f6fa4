using System.Text.RegularExpressions;

namespace PostCatalog.Import.Reconciliation;

/// <summary>One author in a byline, with the role printed beside the name (null when none is).</summary>
public sealed record ParsedByline(string Name, string? Role);

/// <summary>
/// Bylines come in several phrasings:
/// "A (Role), B (Role), and C (Role)"; "A, Role"; "A, Role, with co-author B"; "A, B, and C";
/// and roles that contain commas: "A, Sr. Manager, Staff Data Scientist" or "A (Sr. Manager, Staff Data Scientist), B".
/// A comma-separated piece is a role when it reads like a job title, otherwise it is the next author.
/// </summary>
public static partial class BylineParser
{
    public static IReadOnlyList<ParsedByline> Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        var byline = PublishedBy().Replace(text.Trim(), "");

        // "..., with co-author B": co-authors are listed without roles.
        var coAuthors = new List<string>();
        var with = CoAuthor().Match(byline);
        if (with.Success)
        {
            coAuthors.AddRange(SplitList(byline[(with.Index + with.Length)..]));
            byline = byline[..with.Index];
        }

        var authors = new List<ParsedByline>();
        foreach (var piece in SplitList(byline))
        {
            var parenthesised = NameWithRole().Match(piece);
            if (parenthesised.Success)
            {
                authors.Add(new ParsedByline(parenthesised.Groups["name"].Value.Trim(), parenthesised.Groups["role"].Value.Trim()));
            }
            else if (authors.Count > 0 && IsRole(piece))
            {
                var previous = authors[^1];
                authors[^1] = previous with { Role = previous.Role is null ? piece : $"{previous.Role}, {piece}" };
            }
            else
            {
                authors.Add(new ParsedByline(piece, null));
            }
        }
        authors.AddRange(coAuthors.Select(name => new ParsedByline(name, null)));
        return authors;
    }

    /// <summary>Splits on commas and "and" outside parentheses: "A (x, y), B, and C" -> "A (x, y)", "B", "C".</summary>
    private static IEnumerable<string> SplitList(string text)
    {
        var pieces = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            depth += text[i] == '(' ? 1 : text[i] == ')' ? -1 : 0;
            if (depth == 0 && text[i] == ',')
            {
                pieces.Add(text[start..i]);
                start = i + 1;
            }
        }
        pieces.Add(text[start..]);

        foreach (var piece in pieces)
        {
            foreach (var part in SplitOnAnd(piece))
                if (part.Trim() is { Length: > 0 } trimmed) yield return trimmed;
        }
    }

    private static IEnumerable<string> SplitOnAnd(string piece)
    {
        var trimmed = LeadingAnd().Replace(piece.Trim(), "");
        // Only an "and" outside parentheses separates two names.
        var depth = 0;
        for (var i = 0; i < trimmed.Length; i++)
        {
            depth += trimmed[i] == '(' ? 1 : trimmed[i] == ')' ? -1 : 0;
            if (depth == 0 && string.CompareOrdinal(trimmed, i, " and ", 0, 5) == 0)
                return [trimmed[..i], .. SplitOnAnd(trimmed[(i + 5)..])];
        }
        return [trimmed];
    }

    /// <summary>Reads like a job title: "Senior Data Scientist", "Sr. Manager", "Staff ML Engineer".</summary>
    public static bool IsRole(string text) => RoleWord().IsMatch(text);

    [GeneratedRegex(@"^Published by\s+", RegexOptions.IgnoreCase)]
    private static partial Regex PublishedBy();

    [GeneratedRegex(@",?\s+with co-?authors?\s+", RegexOptions.IgnoreCase)]
    private static partial Regex CoAuthor();

    [GeneratedRegex(@"^(?<name>[^()]+?)\s*\((?<role>.*)\)$")]
    private static partial Regex NameWithRole();

    [GeneratedRegex(@"^and\s+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingAnd();

    [GeneratedRegex(@"\b(Engineer(ing)?|Manager|Scientist|Designer|Director|Lead|Research(er)?|Developer|Analyst|Architect|Head|VP|President|Officer|Staff|Senior|Sr\.?|Jr\.?|Principal|Intern|Writer|Editor|Owner|Specialist|Consultant|Advocate|Insights|Product|Strategist|Coach|Chief|Technologist)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RoleWord();
}
