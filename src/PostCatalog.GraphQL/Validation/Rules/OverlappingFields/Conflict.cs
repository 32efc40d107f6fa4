using PostCatalog.GraphQL.Language;

namespace PostCatalog.GraphQL.Validation.Rules.OverlappingFields;

/// <summary>
/// Two sets of fields with the same response name that cannot be merged, and why: the reason reads after
/// "conflict because", e.g. <c>"a" and "b" are different fields</c>. <see cref="Fields1"/> and <see cref="Fields2"/>
/// are the error's locations: the two fields first, then the deeper fields that conflict.
/// </summary>
internal sealed record Conflict(string ResponseName, string Reason, IReadOnlyList<FieldNode> Fields1, IReadOnlyList<FieldNode> Fields2)
{
    // graphql-js's limits on what one error carries, so a hostile document cannot make a huge message.
    private const int MaxDetailLength = 1000;
    private const int MaxNodes = 20;

    /// <summary>The error message a client sees.</summary>
    public string Message =>
        $"Fields \"{Abbreviate(ResponseName)}\" conflict because {Reason}. Use different aliases on the fields to fetch both if this was intentional.";

    public static Conflict Between(string responseName, string reason, FieldNode node1, FieldNode node2) =>
        new(responseName, reason, [node1], [node2]);

    /// <summary>
    /// The conflict of two fields whose selections conflict: "subfields "x" conflict because ... and subfields ...",
    /// located at the two fields, then at the conflicting subfields of each side. Null when there is none.
    /// </summary>
    public static Conflict? FromSubfields(IReadOnlyList<Conflict> subfieldConflicts, string responseName, FieldNode node1, FieldNode node2)
    {
        if (subfieldConflicts.Count == 0) return null;

        var reason = "";
        foreach (var conflict in subfieldConflicts)
        {
            reason += (reason.Length == 0 ? "" : " and ")
                + $"subfields \"{Abbreviate(conflict.ResponseName)}\" conflict because {conflict.Reason}";
            if (reason.Length > MaxDetailLength) break;
        }

        return new Conflict(
            responseName,
            Abbreviate(reason),
            NodesOf(node1, subfieldConflicts, c => c.Fields1),
            NodesOf(node2, subfieldConflicts, c => c.Fields2));
    }

    public static string Abbreviate(string text) =>
        text.Length > MaxDetailLength ? text[..MaxDetailLength] + "..." : text;

    // The enclosing field, then each subfield conflict's nodes; when they do not all fit, the deepest are kept.
    private static List<FieldNode> NodesOf(FieldNode node, IReadOnlyList<Conflict> conflicts, Func<Conflict, IReadOnlyList<FieldNode>> side)
    {
        var nodes = new List<FieldNode> { node };
        foreach (var conflict in conflicts)
        {
            var sideNodes = side(conflict);
            var take = Math.Min(MaxNodes - nodes.Count, sideNodes.Count);
            for (var i = sideNodes.Count - take; i < sideNodes.Count; i++) nodes.Add(sideNodes[i]);
            if (nodes.Count == MaxNodes) break;
        }

        return nodes;
    }
}
