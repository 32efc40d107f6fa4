namespace PostCatalog.GraphQL.Validation.Rules.OverlappingFields;

/// <summary>
/// A selection set flattened (graphql-js's <c>collectFields</c> result): its fields grouped by response name, in
/// the order the names first appear (inline fragments included), and the names of the fragments it spreads,
/// each once. It also remembers the comparisons it took part in, so none is repeated.
/// </summary>
internal sealed class CollectedFields
{
    private readonly Dictionary<string, List<FieldDetails>> _byResponseName = new(StringComparer.Ordinal);
    private readonly List<ResponseGroup> _groups = [];
    private readonly List<string> _fragmentNames = [];
    private HashSet<string>? _seenFragmentNames;
    private Dictionary<string, bool>? _comparedFragments;
    private Dictionary<CollectedFields, IReadOnlyList<Overlap>>? _overlapsWith;

    /// <summary>The fields by response name, in first-appearance order.</summary>
    public IReadOnlyList<ResponseGroup> Groups => _groups;

    /// <summary>The fragments spread directly in the selection set (or its inline fragments), in order, each once.</summary>
    public IReadOnlyList<string> FragmentNames => _fragmentNames;

    /// <summary>
    /// The fragments these fields were already compared with: true when only as mutually exclusive (a later
    /// non-exclusive comparison must still happen), false when without that assumption (which covers both).
    /// </summary>
    /// <remarks>Created on first use, like the other memos here: most collections are never compared.</remarks>
    public Dictionary<string, bool> ComparedFragments => _comparedFragments ??= new(StringComparer.Ordinal);

    /// <summary>The response names shared with another collection, computed once per pair.</summary>
    public Dictionary<CollectedFields, IReadOnlyList<Overlap>> OverlapsWith => _overlapsWith ??= [];

    public IReadOnlyList<FieldDetails>? FieldsNamed(string responseName) => _byResponseName.GetValueOrDefault(responseName);

    public void AddField(string responseName, FieldDetails field)
    {
        if (!_byResponseName.TryGetValue(responseName, out var fields))
        {
            fields = [];
            _byResponseName[responseName] = fields;
            _groups.Add(new ResponseGroup(responseName, fields));
        }

        fields.Add(field);
    }

    public void AddFragmentName(string name)
    {
        if ((_seenFragmentNames ??= new HashSet<string>(StringComparer.Ordinal)).Add(name)) _fragmentNames.Add(name);
    }
}

/// <summary>The fields of one selection set that share a response name.</summary>
internal sealed record ResponseGroup(string ResponseName, IReadOnlyList<FieldDetails> Fields);

/// <summary>A response name two collections share, with each side's fields for it.</summary>
internal sealed record Overlap(string ResponseName, IReadOnlyList<FieldDetails> Fields1, IReadOnlyList<FieldDetails> Fields2);
