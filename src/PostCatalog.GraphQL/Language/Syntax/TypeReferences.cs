namespace PostCatalog.GraphQL.Language;

/// <summary>A type reference as written: <c>Name</c>, <c>[T]</c> or <c>T!</c>.</summary>
public abstract record TypeNode : SyntaxNode
{
    /// <summary>The named type at the core of any list and non-null wrappers.</summary>
    public abstract NamedTypeNode NamedType { get; }
}

public sealed record NamedTypeNode(NameNode Name) : TypeNode
{
    public override SyntaxKind Kind => SyntaxKind.NamedType;
    public override NamedTypeNode NamedType => this;
}

public sealed record ListTypeNode(TypeNode Type) : TypeNode
{
    public override SyntaxKind Kind => SyntaxKind.ListType;
    public override NamedTypeNode NamedType => Type.NamedType;
}

public sealed record NonNullTypeNode(TypeNode Type) : TypeNode
{
    public override SyntaxKind Kind => SyntaxKind.NonNullType;
    public override NamedTypeNode NamedType => Type.NamedType;
}
