using PostCatalog.GraphQL.Language;

namespace PostCatalog.GraphQL.Types;

/// <summary>Configures a directive definition.</summary>
public sealed class DirectiveDescriptor
{
    internal DirectiveDescriptor(string name)
    {
        Name = name;
    }

    public string Name { get; }

    internal string? DescriptionText { get; private set; }
    internal List<InputValueDescriptor> Arguments { get; } = [];
    internal List<DirectiveLocation> Locations { get; } = [];
    internal bool IsRepeatable { get; private set; }
    internal bool IsBuiltIn { get; set; }
    internal DirectiveDefinitionNode? SyntaxNode { get; set; }
    internal string? DeprecationReason { get; private set; }

    public DirectiveDescriptor Description(string? description)
    {
        DescriptionText = description;
        return this;
    }

    public DirectiveDescriptor Argument(string name, string type, Action<InputValueDescriptor>? configure = null)
    {
        var argument = new InputValueDescriptor(name).Type(type);
        configure?.Invoke(argument);
        Arguments.Add(argument);
        return this;
    }

    public DirectiveDescriptor Location(params DirectiveLocation[] locations)
    {
        Locations.AddRange(locations);
        return this;
    }

    /// <summary>Marks the directive deprecated (graphql-js 17: <c>@deprecated</c> on a directive definition).</summary>
    public DirectiveDescriptor Deprecated(string? reason = FieldDescriptor.DefaultDeprecationReason)
    {
        DeprecationReason = reason ?? FieldDescriptor.DefaultDeprecationReason;
        return this;
    }

    public DirectiveDescriptor Repeatable()
    {
        IsRepeatable = true;
        return this;
    }
}
