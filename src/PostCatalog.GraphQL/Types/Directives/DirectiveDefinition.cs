using PostCatalog.GraphQL.Language;

namespace PostCatalog.GraphQL.Types;

/// <summary>A directive the schema knows: its arguments and where it may be used.</summary>
public sealed class DirectiveDefinition : IHasName
{
    internal DirectiveDefinition(
        string name,
        string? description,
        IReadOnlyList<DirectiveLocation> locations,
        bool isRepeatable,
        bool isBuiltIn,
        DirectiveDefinitionNode? syntaxNode,
        string? deprecationReason = null)
    {
        DeprecationReason = deprecationReason;
        Name = name;
        Description = description;
        Locations = locations;
        IsRepeatable = isRepeatable;
        IsBuiltIn = isBuiltIn;
        SyntaxNode = syntaxNode;
    }

    public string Name { get; }

    public string? Description { get; }

    public NamedCollection<Argument> Arguments { get; private set; } = NamedCollection<Argument>.Empty;

    public IReadOnlyList<DirectiveLocation> Locations { get; }

    public bool IsRepeatable { get; }

    /// <summary>Why the directive should no longer be used (graphql-js 17); null when it is not deprecated.</summary>
    public string? DeprecationReason { get; }

    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>True for the directives every schema has: @skip, @include, @deprecated, @specifiedBy, @oneOf.</summary>
    public bool IsBuiltIn { get; }

    public DirectiveDefinitionNode? SyntaxNode { get; }

    public string Coordinate => "@" + Name;

    public bool IsAllowedAt(DirectiveLocation location) => Locations.Contains(location);

    internal void Complete(IEnumerable<Argument> arguments) => Arguments = new NamedCollection<Argument>(arguments);

    public override string ToString() => Coordinate;
}
