using System.Text.RegularExpressions;
using PostCatalog.Catalog.Search;

namespace PostCatalog.Api.Schema.Search;

/// <summary>
/// Turns what a user typed into search terms that cannot fail to parse: only runs of letters, digits, marks and
/// underscores survive, so operators typed by a user (FTS5's AND, NEAR, ^, :, PostgreSQL's &amp;, |, !, &lt;-&gt;) are
/// never run. Supported on purpose: <c>"a phrase"</c> in double quotes, and a trailing <c>*</c> for a prefix
/// (<c>experim*</c>). All terms must match. The provider's index writes them in its own syntax
/// (<see cref="PostCatalog.Catalog.Search.CatalogSearchIndex.MatchExpression"/>).
/// </summary>
public static partial class SearchQueryText
{
    // A quoted phrase, or a run of letters/digits with an optional trailing '*'. Everything else separates terms,
    // as both indexes' tokenizers treat it.
    [GeneratedRegex("""
        "(?<phrase>[^"]*)"?|(?<word>[\p{L}\p{N}\p{M}_]+)(?<prefix>\*)?
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Terms();

    [GeneratedRegex(@"[\p{L}\p{N}\p{M}_]+")]
    private static partial Regex Words();

    /// <summary>The terms, e.g. <c>spotify</c>, the phrase <c>data platform</c>, the prefix <c>experim*</c>.</summary>
    /// <exception cref="PostCatalog.GraphQL.Types.GraphQLException">No searchable word, or over the limits.</exception>
    public static IReadOnlyList<SearchTerm> ToTerms(string? query, SearchOptions options)
    {
        query ??= "";
        if (query.Length > options.MaxQueryLength)
            throw SearchErrors.TooLong(query, $"{options.MaxQueryLength} characters");

        var terms = new List<SearchTerm>();
        foreach (Match match in Terms().Matches(query))
        {
            if (match.Groups["phrase"].Success)
            {
                // Keep only the phrase's words: punctuation inside quotes is what the tokenizer would drop anyway.
                var words = Words().Matches(match.Groups["phrase"].Value).Select(w => w.Value).ToArray();
                if (words.Length > 0) terms.Add(new SearchTerm(words, false));
            }
            else
            {
                terms.Add(new SearchTerm([match.Groups["word"].Value], match.Groups["prefix"].Success));
            }
        }

        if (terms.Count == 0) throw SearchErrors.EmptyQuery(query);
        if (terms.Count > options.MaxTerms) throw SearchErrors.TooLong(query, $"{options.MaxTerms} terms");
        return terms;
    }
}
