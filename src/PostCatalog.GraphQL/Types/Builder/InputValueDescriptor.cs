using PostCatalog.GraphQL.Language;

namespace PostCatalog.GraphQL.Types;

/// <summary>Configures an argument or an input object field.</summary>
public sealed class InputValueDescriptor
{
    internal InputValueDescriptor(string name)
    {
        Name = name;
    }

    public string Name { get; }

    internal TypeNode? TypeSyntax { get; private set; }
    internal string? DescriptionText { get; set; }
    internal string? DeprecationReason { get; set; }
    internal ValueNode? DefaultSyntax { get; set; }
    internal bool HasRuntimeDefault { get; private set; }
    internal object? RuntimeDefault { get; private set; }
    internal List<DirectiveNode> AppliedDirectives { get; } = [];
    internal Dictionary<string, object?> Data { get; } = [];
    internal InputValueDefinitionNode? SyntaxNode { get; set; }

    public InputValueDescriptor Type(string typeReference) => Type(TypeReference.Parse(typeReference));

    public InputValueDescriptor Type(TypeNode type)
    {
        TypeSyntax = type;
        return this;
    }

    public InputValueDescriptor Description(string? description)
    {
        DescriptionText = description;
        return this;
    }

    /// <summary>A default given as a C# value (<c>10</c>, <c>"ASC"</c>, a dictionary or an anonymous object for input objects).</summary>
    public InputValueDescriptor DefaultValue(object? value)
    {
        RuntimeDefault = value;
        HasRuntimeDefault = true;
        DefaultSyntax = null;
        return this;
    }

    /// <summary>A default given as a literal node.</summary>
    public InputValueDescriptor DefaultValue(ValueNode literal)
    {
        DefaultSyntax = literal;
        HasRuntimeDefault = false;
        return this;
    }

    /// <summary>A default given as SDL text: <c>DefaultValueSyntax("{limit: 10, order: ASC}")</c>.</summary>
    public InputValueDescriptor DefaultValueSyntax(string literal) => DefaultValue(Parser.ParseConstValue(literal, TypeReference.CodeFirst));

    public InputValueDescriptor Deprecated(string? reason = FieldDescriptor.DefaultDeprecationReason)
    {
        DeprecationReason = reason ?? FieldDescriptor.DefaultDeprecationReason;
        return this;
    }

    public InputValueDescriptor Directive(string directive)
    {
        AppliedDirectives.Add(DirectiveSyntax.Parse(directive));
        return this;
    }

    public InputValueDescriptor SetContextData(string key, object? value)
    {
        Data[key] = value;
        return this;
    }
}
