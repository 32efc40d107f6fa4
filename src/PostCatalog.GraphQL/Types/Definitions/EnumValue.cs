using PostCatalog.GraphQL.Language;

namespace PostCatalog.GraphQL.Types;

/// <summary>One value of an enum: its GraphQL name and the CLR value resolvers see.</summary>
public sealed class EnumValue : IHasName
{
    internal EnumValue(MemberInfo info, EnumType declaringType, object runtimeValue)
    {
        Name = info.Name;
        Description = info.Description;
        DeprecationReason = info.DeprecationReason;
        Directives = info.Directives ?? [];
        ContextData = info.ContextData ?? new Dictionary<string, object?>();
        SyntaxNode = info.SyntaxNode as EnumValueDefinitionNode;
        DeclaringType = declaringType;
        Value = runtimeValue;
    }

    public string Name { get; }

    public string? Description { get; }

    /// <summary>The runtime value: a CLR enum member, or the name itself when none was mapped.</summary>
    public object Value { get; }

    public string? DeprecationReason { get; }

    public bool IsDeprecated => DeprecationReason is not null;

    public IReadOnlyList<DirectiveNode> Directives { get; }

    public IReadOnlyDictionary<string, object?> ContextData { get; }

    public EnumValueDefinitionNode? SyntaxNode { get; }

    public EnumType DeclaringType { get; }

    public string Coordinate => DeclaringType.Name + "." + Name;

    public override string ToString() => Coordinate;
}
