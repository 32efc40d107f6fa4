namespace PostCatalog.GraphQL.Types;

/// <summary>Configures an enum type.</summary>
public sealed class EnumTypeDescriptor : TypeDescriptor<EnumTypeDescriptor>
{
    internal EnumTypeDescriptor(string name) : base(name) { }

    internal override TypeKind Kind => TypeKind.Enum;

    internal List<EnumValueDescriptor> Values { get; } = [];
    internal Type? RuntimeType { get; set; }

    /// <summary>A value whose runtime value is its name.</summary>
    public EnumTypeDescriptor Value(string name, Action<EnumValueDescriptor>? configure = null) =>
        Value(name, name, configure);

    /// <summary>A value mapped to a CLR value (usually a member of a C# enum).</summary>
    public EnumTypeDescriptor Value(string name, object runtimeValue, Action<EnumValueDescriptor>? configure = null)
    {
        var value = Values.Find(v => v.Name == name);
        if (value is null)
        {
            value = new EnumValueDescriptor(name, runtimeValue);
            Values.Add(value);
        }
        else
        {
            value.RuntimeValue = runtimeValue;
        }

        configure?.Invoke(value);
        return this;
    }

    /// <summary>Configures a value already added, e.g. one of a C# enum added by <c>AddEnumType&lt;TEnum&gt;</c>.</summary>
    public EnumTypeDescriptor Configure(string name, Action<EnumValueDescriptor> configure)
    {
        var value = Values.Find(v => v.Name == name)
            ?? throw new ArgumentException($"Enum \"{Name}\" has no value \"{name}\".", nameof(name));
        configure(value);
        return this;
    }
}

/// <summary>Configures one enum value.</summary>
public sealed class EnumValueDescriptor
{
    internal EnumValueDescriptor(string name, object runtimeValue)
    {
        Name = name;
        RuntimeValue = runtimeValue;
    }

    public string Name { get; }

    internal object RuntimeValue { get; set; }
    internal string? DescriptionText { get; private set; }
    internal string? DeprecationReason { get; set; }
    internal List<Language.DirectiveNode> AppliedDirectives { get; } = [];
    internal Language.EnumValueDefinitionNode? SyntaxNode { get; set; }

    public EnumValueDescriptor Description(string? description)
    {
        DescriptionText = description;
        return this;
    }

    public EnumValueDescriptor Deprecated(string? reason = FieldDescriptor.DefaultDeprecationReason)
    {
        DeprecationReason = reason ?? FieldDescriptor.DefaultDeprecationReason;
        return this;
    }

    public EnumValueDescriptor Directive(string directive)
    {
        AppliedDirectives.Add(DirectiveSyntax.Parse(directive));
        return this;
    }
}
