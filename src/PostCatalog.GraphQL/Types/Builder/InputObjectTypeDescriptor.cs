namespace PostCatalog.GraphQL.Types;

/// <summary>Configures an input object type.</summary>
public sealed class InputObjectTypeDescriptor : TypeDescriptor<InputObjectTypeDescriptor>
{
    internal InputObjectTypeDescriptor(string name) : base(name) { }

    internal override TypeKind Kind => TypeKind.InputObject;

    internal List<InputValueDescriptor> Fields { get; } = [];
    internal bool IsOneOf { get; set; }

    public InputObjectTypeDescriptor Field(string name, string type, Action<InputValueDescriptor>? configure = null)
    {
        var field = new InputValueDescriptor(name).Type(type);
        configure?.Invoke(field);
        Fields.Add(field);
        return this;
    }

    /// <summary>Marks the type <c>@oneOf</c>: exactly one field must be given, non-null.</summary>
    public InputObjectTypeDescriptor OneOf()
    {
        IsOneOf = true;
        return this;
    }
}
