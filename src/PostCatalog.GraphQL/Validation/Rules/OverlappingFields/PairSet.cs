namespace PostCatalog.GraphQL.Validation.Rules.OverlappingFields;

/// <summary>
/// The fragment pairs already compared, in either order (graphql-js's <c>PairSet</c>). A pair compared without
/// assuming mutually exclusive parents answers for both kinds of comparison; one compared under that assumption
/// answers only for another such comparison.
/// </summary>
internal sealed class PairSet
{
    private readonly Dictionary<string, Dictionary<string, bool>> _pairs = new(StringComparer.Ordinal);

    public bool Has(string a, string b, bool areMutuallyExclusive) =>
        HasOrdered(a, b, areMutuallyExclusive) || HasOrdered(b, a, areMutuallyExclusive);

    public void Add(string a, string b, bool areMutuallyExclusive)
    {
        if (!_pairs.TryGetValue(a, out var partners))
        {
            partners = new Dictionary<string, bool>(StringComparer.Ordinal);
            _pairs[a] = partners;
        }

        partners[b] = areMutuallyExclusive;
    }

    private bool HasOrdered(string a, string b, bool areMutuallyExclusive)
    {
        if (!_pairs.TryGetValue(a, out var partners) || !partners.TryGetValue(b, out var comparedExclusive)) return false;
        return areMutuallyExclusive || !comparedExclusive;
    }
}
