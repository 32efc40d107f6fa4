namespace PostCatalog.GraphQL.Language;

/// <summary>Schema and type definitions and extensions (SDL).</summary>
public abstract record TypeSystemDefinitionNode : DefinitionNode, IHasDirectives
{
    public abstract IReadOnlyList<DirectiveNode> Directives { get; init; }
}

/// <summary>A named type definition or extension.</summary>
public abstract record TypeDefinitionNode : TypeSystemDefinitionNode
{
    public abstract NameNode Name { get; init; }
    /// <summary>True for <c>extend ...</c> nodes.</summary>
    public virtual bool IsExtension => false;
}

public sealed record SchemaDefinitionNode(
    StringValueNode? Description,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<OperationTypeDefinitionNode> OperationTypes) : TypeSystemDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.SchemaDefinition;
}

public sealed record SchemaExtensionNode(
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<OperationTypeDefinitionNode> OperationTypes) : TypeSystemDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.SchemaExtension;
}

public sealed record OperationTypeDefinitionNode(OperationType Operation, NamedTypeNode Type) : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.OperationTypeDefinition;
}

public sealed record ScalarTypeDefinitionNode(
    StringValueNode? Description, NameNode Name, IReadOnlyList<DirectiveNode> Directives,
    bool Extension = false) : TypeDefinitionNode
{
    public override SyntaxKind Kind => Extension ? SyntaxKind.ScalarTypeExtension : SyntaxKind.ScalarTypeDefinition;
    public override bool IsExtension => Extension;
}

public sealed record ObjectTypeDefinitionNode(
    StringValueNode? Description, NameNode Name, IReadOnlyList<NamedTypeNode> Interfaces,
    IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<FieldDefinitionNode> Fields,
    bool Extension = false) : TypeDefinitionNode
{
    public override SyntaxKind Kind => Extension ? SyntaxKind.ObjectTypeExtension : SyntaxKind.ObjectTypeDefinition;
    public override bool IsExtension => Extension;
}

public sealed record InterfaceTypeDefinitionNode(
    StringValueNode? Description, NameNode Name, IReadOnlyList<NamedTypeNode> Interfaces,
    IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<FieldDefinitionNode> Fields,
    bool Extension = false) : TypeDefinitionNode
{
    public override SyntaxKind Kind => Extension ? SyntaxKind.InterfaceTypeExtension : SyntaxKind.InterfaceTypeDefinition;
    public override bool IsExtension => Extension;
}

public sealed record UnionTypeDefinitionNode(
    StringValueNode? Description, NameNode Name, IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<NamedTypeNode> Types, bool Extension = false) : TypeDefinitionNode
{
    public override SyntaxKind Kind => Extension ? SyntaxKind.UnionTypeExtension : SyntaxKind.UnionTypeDefinition;
    public override bool IsExtension => Extension;
}

public sealed record EnumTypeDefinitionNode(
    StringValueNode? Description, NameNode Name, IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<EnumValueDefinitionNode> Values, bool Extension = false) : TypeDefinitionNode
{
    public override SyntaxKind Kind => Extension ? SyntaxKind.EnumTypeExtension : SyntaxKind.EnumTypeDefinition;
    public override bool IsExtension => Extension;
}

public sealed record InputObjectTypeDefinitionNode(
    StringValueNode? Description, NameNode Name, IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<InputValueDefinitionNode> Fields, bool Extension = false) : TypeDefinitionNode
{
    public override SyntaxKind Kind => Extension ? SyntaxKind.InputObjectTypeExtension : SyntaxKind.InputObjectTypeDefinition;
    public override bool IsExtension => Extension;
}

public sealed record FieldDefinitionNode(
    StringValueNode? Description, NameNode Name, IReadOnlyList<InputValueDefinitionNode> Arguments,
    TypeNode Type, IReadOnlyList<DirectiveNode> Directives) : SyntaxNode, IHasDirectives
{
    public override SyntaxKind Kind => SyntaxKind.FieldDefinition;
}

/// <summary>An argument definition or an input object field definition.</summary>
public sealed record InputValueDefinitionNode(
    StringValueNode? Description, NameNode Name, TypeNode Type, ValueNode? DefaultValue,
    IReadOnlyList<DirectiveNode> Directives) : SyntaxNode, IHasDirectives
{
    public override SyntaxKind Kind => SyntaxKind.InputValueDefinition;
}

public sealed record EnumValueDefinitionNode(
    StringValueNode? Description, NameNode Name, IReadOnlyList<DirectiveNode> Directives) : SyntaxNode, IHasDirectives
{
    public override SyntaxKind Kind => SyntaxKind.EnumValueDefinition;
}

public sealed record DirectiveDefinitionNode(
    StringValueNode? Description, NameNode Name, IReadOnlyList<InputValueDefinitionNode> Arguments,
    bool Repeatable, IReadOnlyList<NameNode> Locations) : TypeSystemDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.DirectiveDefinition;
    // graphql-js 17: `directive @name(...) @deprecated on ...`.
    public override IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}

/// <summary>graphql-js 17's <c>extend directive @name @directives</c>: adds directives to a directive definition.</summary>
public sealed record DirectiveExtensionNode(NameNode Name, IReadOnlyList<DirectiveNode> Directives) : TypeSystemDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.DirectiveExtension;
    public override IReadOnlyList<DirectiveNode> Directives { get; init; } = Directives;
}
