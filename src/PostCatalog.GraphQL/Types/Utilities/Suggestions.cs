namespace PostCatalog.GraphQL.Types;

/// <summary>graphql-js's "Did you mean ...?" hints: options close to a mistyped name, by lexical distance.</summary>
public static class Suggestions
{
    private const int MaxSuggestions = 5;

    /// <summary>The options within a small edit distance of <paramref name="input"/>, closest first.</summary>
    public static IReadOnlyList<string> List(string input, IEnumerable<string> options)
    {
        var threshold = Math.Floor(input.Length * 0.4) + 1;
        var lowerInput = input.ToLowerInvariant();
        return options
            .Select(option => (Option: option, Distance: Distance(input, lowerInput, option)))
            .Where(x => x.Distance <= threshold)
            .OrderBy(x => x.Distance)
            .ThenBy(x => x.Option, StringComparer.Ordinal)
            .Select(x => x.Option)
            .ToList();
    }

    /// <summary>
    /// " Did you mean "A", "B", or "C"?" (with <paramref name="subMessage"/>: " Did you mean the enum value "A"?"),
    /// or an empty string when there are no suggestions.
    /// </summary>
    public static string DidYouMean(IReadOnlyList<string> suggestions, string? subMessage = null)
    {
        if (suggestions.Count == 0) return "";
        var message = " Did you mean " + (subMessage is null ? "" : subMessage + " ");
        var quoted = suggestions.Take(MaxSuggestions).Select(s => $"\"{s}\"").ToList();
        return quoted.Count switch
        {
            1 => message + quoted[0] + "?",
            2 => message + quoted[0] + " or " + quoted[1] + "?",
            _ => message + string.Join(", ", quoted.Take(quoted.Count - 1)) + ", or " + quoted[^1] + "?",
        };
    }

    // Damerau-Levenshtein (optimal string alignment); a case-only difference counts as 1, as in graphql-js.
    private static double Distance(string input, string lowerInput, string option)
    {
        if (input == option) return 0;
        var lowerOption = option.ToLowerInvariant();
        if (lowerInput == lowerOption) return 1;

        var a = lowerInput;
        var b = lowerOption;
        var rows = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) rows[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) rows[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var best = Math.Min(Math.Min(rows[i - 1, j] + 1, rows[i, j - 1] + 1), rows[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    best = Math.Min(best, rows[i - 2, j - 2] + 1);
                }

                rows[i, j] = best;
            }
        }

        return rows[a.Length, b.Length];
    }
}
