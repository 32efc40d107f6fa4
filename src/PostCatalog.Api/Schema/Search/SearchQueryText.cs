using System.Text;
using System.Text.RegularExpressions;

namespace PostCatalog.Api.Schema.Search;

/// <summary>
/// Turns what a user typed into an FTS5 MATCH expression that cannot fail to parse: every word becomes a quoted
/// string, so FTS5 operators (AND, NEAR, ^, :, parentheses...) typed by a user are searched as text, never run.
/// Supported on purpose: <c>"a phrase"</c> in double quotes, and a trailing <c>*</c> for a prefix (<c>experim*</c>).
/// All terms must match (FTS5's implicit AND).
/// </summary>
public static partial class SearchQueryText
{
    // A quoted phrase, or a run of letters/digits with an optional trailing '*'. Everything else separates terms,
    // as FTS5's unicode61 tokenizer would treat it.
    [GeneratedRegex("""
        "(?<phrase>[^"]*)"?|(?<word>[\p{L}\p{N}\p{M}_]+)(?<prefix>\*)?
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Terms();

    [GeneratedRegex(@"[\p{L}\p{N}\p{M}_]+")]
    private static partial Regex Words();

    /// <summary>The FTS5 expression, e.g. <c>"spotify" "data platform" "experim"*</c>.</summary>
    /// <exception cref="PostCatalog.GraphQL.Types.GraphQLException">No searchable word, or over the limits.</exception>
    public static string ToMatchExpression(string? query, SearchOptions options)
    {
        query ??= "";
        if (query.Length > options.MaxQueryLength)
            throw SearchErrors.TooLong(query, $"{options.MaxQueryLength} characters");

        var terms = new List<string>();
        foreach (Match match in Terms().Matches(query))
        {
            if (match.Groups["phrase"].Success)
            {
                // Keep only the phrase's words: punctuation inside quotes is what the tokenizer would drop anyway.
                var words = Words().Matches(match.Groups["phrase"].Value).Select(w => w.Value).ToArray();
                if (words.Length > 0) terms.Add(Quote(string.Join(' ', words)));
            }
            else
            {
                terms.Add(Quote(match.Groups["word"].Value) + (match.Groups["prefix"].Success ? "*" : ""));
            }
        }

        if (terms.Count == 0) throw SearchErrors.EmptyQuery(query);
        if (terms.Count > options.MaxTerms) throw SearchErrors.TooLong(query, $"{options.MaxTerms} terms");
        return string.Join(' ', terms);
    }

    /// <summary>An FTS5 string: in double quotes, an embedded quote doubled (none survive <see cref="Words"/>; kept for safety).</summary>
    private static string Quote(string text) => new StringBuilder("\"").Append(text.Replace("\"", "\"\"")).Append('"').ToString();
}
