using PostCatalog.GraphQL.Language;

namespace PostCatalog.GraphQL.Types;

/// <summary>A field of an object or interface type.</summary>
public abstract class OutputField : IHasName
{
    private protected OutputField(MemberInfo info, IOutputType type, IEnumerable<Argument> arguments)
    {
        Name = info.Name;
        Description = info.Description;
        DeprecationReason = info.DeprecationReason;
        Directives = info.Directives ?? [];
        ContextData = info.ContextData ?? new Dictionary<string, object?>();
        SyntaxNode = info.SyntaxNode as FieldDefinitionNode;
        Type = type;
        Arguments = new NamedCollection<Argument>(arguments);
    }

    public string Name { get; }

    public string? Description { get; }

    public IOutputType Type { get; }

    public NamedCollection<Argument> Arguments { get; }

    public string? DeprecationReason { get; }

    public bool IsDeprecated => DeprecationReason is not null;

    public IReadOnlyList<DirectiveNode> Directives { get; }

    /// <summary>Free-form data conventions (paging, filtering, ...) attach at build time.</summary>
    public IReadOnlyDictionary<string, object?> ContextData { get; }

    public FieldDefinitionNode? SyntaxNode { get; }

    public abstract IComplexOutputType DeclaringType { get; }

    /// <summary>The schema coordinate, <c>Type.field</c>.</summary>
    public string Coordinate => DeclaringType.Name + "." + Name;

    public override string ToString() => Coordinate;
}
