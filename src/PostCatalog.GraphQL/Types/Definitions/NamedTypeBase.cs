using PostCatalog.GraphQL.Language;

namespace PostCatalog.GraphQL.Types;

/// <summary>What every named type has: name, description, applied directives, convention data, SDL origin.</summary>
public abstract class NamedTypeBase : INamedType
{
    private protected NamedTypeBase(TypeDefinitionInfo info)
    {
        Name = info.Name;
        Description = info.Description;
        Directives = info.Directives ?? [];
        ContextData = info.ContextData ?? new Dictionary<string, object?>();
        SyntaxNode = info.SyntaxNode;
        ExtensionSyntaxNodes = info.ExtensionSyntaxNodes ?? [];
    }

    public abstract TypeKind Kind { get; }

    public string Name { get; }

    public string? Description { get; }

    public IReadOnlyList<DirectiveNode> Directives { get; }

    public IReadOnlyDictionary<string, object?> ContextData { get; }

    /// <summary>The SDL definition this type was built from, if any (for error locations).</summary>
    public TypeDefinitionNode? SyntaxNode { get; }

    /// <summary>The SDL <c>extend</c> nodes merged into this type.</summary>
    public IReadOnlyList<TypeDefinitionNode> ExtensionSyntaxNodes { get; }

    public override string ToString() => Name;
}

/// <summary>The common constructor arguments of a named type.</summary>
public sealed record TypeDefinitionInfo(string Name)
{
    public string? Description { get; init; }
    public IReadOnlyList<DirectiveNode>? Directives { get; init; }
    public IReadOnlyDictionary<string, object?>? ContextData { get; init; }
    public TypeDefinitionNode? SyntaxNode { get; init; }
    public IReadOnlyList<TypeDefinitionNode>? ExtensionSyntaxNodes { get; init; }
}
