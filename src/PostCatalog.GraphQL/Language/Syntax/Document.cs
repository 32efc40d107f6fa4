namespace PostCatalog.GraphQL.Language;

public sealed record DocumentNode(IReadOnlyList<DefinitionNode> Definitions) : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.Document;
}

/// <summary>A top-level definition: executable (operation, fragment) or type system.</summary>
public abstract record DefinitionNode : SyntaxNode;

/// <summary>Operations and fragments: the definitions a client may send.</summary>
public abstract record ExecutableDefinitionNode : DefinitionNode, IHasDirectives
{
    public abstract IReadOnlyList<DirectiveNode> Directives { get; init; }
    public abstract SelectionSetNode SelectionSet { get; init; }
}

public sealed record OperationDefinitionNode(
    OperationType Operation,
    NameNode? Name,
    IReadOnlyList<VariableDefinitionNode> VariableDefinitions,
    IReadOnlyList<DirectiveNode> Directives,
    SelectionSetNode SelectionSet) : ExecutableDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.OperationDefinition;

    /// <summary>Description of the operation (September 2025 spec: descriptions on executable definitions).</summary>
    public StringValueNode? Description { get; init; }
}

public sealed record VariableDefinitionNode(
    VariableNode Variable,
    TypeNode Type,
    ValueNode? DefaultValue,
    IReadOnlyList<DirectiveNode> Directives) : SyntaxNode, IHasDirectives
{
    public override SyntaxKind Kind => SyntaxKind.VariableDefinition;

    /// <summary>Description of the variable (September 2025 spec).</summary>
    public StringValueNode? Description { get; init; }
}

public sealed record FragmentDefinitionNode(
    NameNode Name,
    NamedTypeNode TypeCondition,
    IReadOnlyList<DirectiveNode> Directives,
    SelectionSetNode SelectionSet) : ExecutableDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.FragmentDefinition;

    /// <summary>Description of the fragment (September 2025 spec).</summary>
    public StringValueNode? Description { get; init; }
}
