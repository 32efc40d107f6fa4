using PostCatalog.GraphQL.Language;
using PostCatalog.GraphQL.Types;

namespace PostCatalog.GraphQL.Validation.Rules.OverlappingFields;

/// <summary>
/// One field selection found while collecting a selection set: the node, the type it is selected on, and its
/// definition there (null on a union, an unknown type or an unknown field; meta fields too, as in graphql-js).
/// What a comparison needs beyond that is prepared on the first overlap (<see cref="Info"/>), so the many fields
/// that overlap nothing cost nothing.
/// </summary>
internal sealed class FieldDetails(INamedType? parentType, FieldNode node, OutputField? definition)
{
    private FieldInfo? _info;

    public INamedType? ParentType { get; } = parentType;

    public FieldNode Node { get; } = node;

    public OutputField? Definition { get; } = definition;

    /// <summary>The field's <c>@stream</c>, if it has one: graphql-js 17 merges no streamed field with another.</summary>
    public DirectiveNode? StreamDirective { get; } = DeferStreamDirectiveOnRootFieldRule.Find(node.Directives, IncrementalDirectives.Stream);

    /// <summary>No arguments, no selections, no <c>@stream</c>: two such fields of the same name and type never conflict.</summary>
    public bool IsSimpleLeaf => Node.Arguments.Count == 0 && Node.SelectionSet is null && StreamDirective is null;

    public FieldInfo Info => _info ??= new FieldInfo(this);
}

/// <summary>What comparing a field with others needs, prepared once per field.</summary>
internal sealed class FieldInfo
{
    public FieldInfo(FieldDetails field)
    {
        NamedType = field.Definition?.Type.NamedType();
        Arguments = field.Node.Arguments.Count == 0 ? null : new ArgumentInfo(field.Node.Arguments);
        StreamArguments = field.StreamDirective is not { Arguments.Count: > 0 } stream ? null : new ArgumentInfo(stream.Arguments);
    }

    /// <summary>The arguments of the field's <c>@stream</c>; null when it has none.</summary>
    public ArgumentInfo? StreamArguments { get; }

    /// <summary>The named type the field returns: the parent type of its selections.</summary>
    public INamedType? NamedType { get; }

    /// <summary>The field's arguments; null when it has none.</summary>
    public ArgumentInfo? Arguments { get; }

    /// <summary>
    /// Why this field cannot merge with another (null: it can), by the other's info: a field that overlaps many
    /// others with the same name and arguments is compared with each of them once.
    /// </summary>
    public Dictionary<FieldInfo, string?> Comparisons { get; } = [];
}

/// <summary>A field's arguments as written, and by name (the last of a repeated name wins, as in graphql-js).</summary>
internal sealed class ArgumentInfo
{
    public ArgumentInfo(IReadOnlyList<ArgumentNode> nodes)
    {
        Nodes = nodes;
        foreach (var argument in nodes) Values[argument.Name.Value] = argument.Value;
    }

    public IReadOnlyList<ArgumentNode> Nodes { get; }

    public Dictionary<string, ValueNode> Values { get; } = new(StringComparer.Ordinal);
}
