using System.Globalization;
using System.Text;
using PostCatalog.GraphQL.Data;
using PostCatalog.GraphQL.Types;

namespace PostCatalog.Api.Schema.Search;

/// <summary>
/// A search result's position: its bm25 rank and the post id that breaks ties, as opaque base64 ("s1:rank:id").
/// The next page seeks past it (<c>rank &gt; r OR (rank = r AND id &gt; i)</c>), so a walk through all results
/// neither repeats nor loses a post. The rank is written round-trip exact ("R"), so equality holds in SQL.
/// </summary>
public readonly record struct SearchCursor(double Rank, int PostId)
{
    private const string Prefix = "s1:";

    public string Encode() => Convert.ToBase64String(Encoding.UTF8.GetBytes(
        Prefix + Rank.ToString("R", CultureInfo.InvariantCulture) + ":" + PostId.ToString(CultureInfo.InvariantCulture)));

    /// <summary>Reads a cursor this field issued; anything else is HotChocolate's HC0078.</summary>
    public static SearchCursor Decode(string cursor)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            var parts = text.StartsWith(Prefix, StringComparison.Ordinal) ? text[Prefix.Length..].Split(':') : [];
            if (parts.Length == 2
                && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var rank) && double.IsFinite(rank)
                && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                return new SearchCursor(rank, id);
            }
        }
        catch (FormatException) { }

        throw new DataErrorException(DataErrorCodes.InvalidCursor, "The cursor specified in `after` has an invalid format.",
            new Dictionary<string, object?> { ["argument"] = "after", ["cursor"] = ErrorText.Quote(cursor) });
    }
}
