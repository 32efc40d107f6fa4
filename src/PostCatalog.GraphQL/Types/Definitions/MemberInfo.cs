using PostCatalog.GraphQL.Language;

namespace PostCatalog.GraphQL.Types;

/// <summary>The common constructor arguments of a field, argument, input field or enum value.</summary>
public sealed record MemberInfo(string Name)
{
    public string? Description { get; init; }

    /// <summary>Null when not deprecated.</summary>
    public string? DeprecationReason { get; init; }

    public IReadOnlyList<DirectiveNode>? Directives { get; init; }
    public IReadOnlyDictionary<string, object?>? ContextData { get; init; }
    public SyntaxNode? SyntaxNode { get; init; }
}
