using PostCatalog.GraphQL.Language;

namespace PostCatalog.GraphQL.Types;

/// <summary>What all type descriptors collect before <see cref="SchemaBuilder.Build"/> turns them into types.</summary>
public abstract class TypeDescriptor
{
    private protected TypeDescriptor(string name)
    {
        Name = name;
    }

    public string Name { get; }

    /// <summary>The builder the type is added to (null for descriptors made outside one): its fields find conventions there.</summary>
    internal SchemaBuilder? Builder { get; set; }

    internal string? DescriptionText { get; set; }
    internal List<DirectiveNode> AppliedDirectives { get; } = [];
    internal Dictionary<string, object?> Data { get; } = [];
    internal TypeDefinitionNode? SyntaxNode { get; set; }
    internal List<TypeDefinitionNode> ExtensionSyntaxNodes { get; } = [];

    internal abstract TypeKind Kind { get; }

    internal TypeDefinitionInfo ToInfo() => new(Name)
    {
        Description = DescriptionText,
        Directives = AppliedDirectives.ToList(),
        ContextData = new Dictionary<string, object?>(Data),
        SyntaxNode = SyntaxNode,
        ExtensionSyntaxNodes = ExtensionSyntaxNodes.ToList(),
    };
}

/// <summary>Fluent members shared by every type descriptor; <typeparamref name="TSelf"/> keeps chains typed.</summary>
public abstract class TypeDescriptor<TSelf> : TypeDescriptor where TSelf : TypeDescriptor<TSelf>
{
    private protected TypeDescriptor(string name) : base(name) { }

    public TSelf Description(string? description)
    {
        DescriptionText = description;
        return (TSelf)this;
    }

    /// <summary>Applies a directive, written as SDL: <c>Directive("@key(fields: \"id\")")</c>.</summary>
    public TSelf Directive(string directive)
    {
        AppliedDirectives.Add(DirectiveSyntax.Parse(directive));
        return (TSelf)this;
    }

    /// <summary>Attaches convention data, readable afterwards from the type's <c>ContextData</c>.</summary>
    public TSelf SetContextData(string key, object? value)
    {
        Data[key] = value;
        return (TSelf)this;
    }
}
