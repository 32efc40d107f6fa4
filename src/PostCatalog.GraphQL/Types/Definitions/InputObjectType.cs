namespace PostCatalog.GraphQL.Types;

/// <summary>
/// An input object: named input fields. Coerced values are <c>IReadOnlyDictionary&lt;string, object?&gt;</c>
/// holding only the fields that were given or defaulted.
/// </summary>
public sealed class InputObjectType : NamedTypeBase, IInputType, INullableType
{
    internal InputObjectType(TypeDefinitionInfo info, bool isOneOf) : base(info)
    {
        IsOneOf = isOneOf;
    }

    public override TypeKind Kind => TypeKind.InputObject;

    public NamedCollection<InputField> Fields { get; private set; } = NamedCollection<InputField>.Empty;

    /// <summary><c>@oneOf</c>: exactly one field must be given, and it must not be null.</summary>
    public bool IsOneOf { get; }

    public InputField? GetField(string name) => Fields.Find(name);

    internal void Complete(IEnumerable<InputField> fields) => Fields = new NamedCollection<InputField>(fields);
}
