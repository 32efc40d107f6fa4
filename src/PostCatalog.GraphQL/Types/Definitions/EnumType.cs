using PostCatalog.GraphQL.Language;

namespace PostCatalog.GraphQL.Types;

/// <summary>An enum: a closed set of names, each mapped to a runtime value. Messages follow graphql-js.</summary>
public sealed class EnumType : NamedTypeBase, ILeafType
{
    private Dictionary<object, EnumValue> _byRuntimeValue = [];

    internal EnumType(TypeDefinitionInfo info, Type? runtimeType) : base(info)
    {
        RuntimeType = runtimeType;
    }

    public override TypeKind Kind => TypeKind.Enum;

    public NamedCollection<EnumValue> Values { get; private set; } = NamedCollection<EnumValue>.Empty;

    /// <summary>The CLR enum bound to this type, if any.</summary>
    public Type? RuntimeType { get; }

    public EnumValue? GetValue(string name) => Values.Find(name);

    public object? Serialize(object? runtimeValue)
    {
        if (runtimeValue is null) return null;
        if (_byRuntimeValue.TryGetValue(runtimeValue, out var value)) return value.Name;
        throw new SerializationException($"Enum \"{Name}\" cannot represent value: {Inspect.Value(runtimeValue)}", this);
    }

    public object? ParseValue(object? inputValue)
    {
        if (inputValue is null) return null;
        if (inputValue is not string name)
        {
            var text = Inspect.Value(inputValue);
            throw new SerializationException(
                $"Enum \"{Name}\" cannot represent non-string value: {text}." + DidYouMeanValue(text), this);
        }

        return Values.TryGet(name, out var value)
            ? value.Value
            : throw new SerializationException(
                $"Value \"{name}\" does not exist in \"{Name}\" enum." + DidYouMeanValue(name), this);
    }

    public object? ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null)
    {
        if (valueNode is NullValueNode) return null;
        if (valueNode is not EnumValueNode enumNode)
        {
            var text = Printer.Print(valueNode);
            throw new SerializationException(
                $"Enum \"{Name}\" cannot represent non-enum value: {text}." + DidYouMeanValue(text), this);
        }

        return Values.TryGet(enumNode.Value, out var value)
            ? value.Value
            : throw new SerializationException(
                $"Value \"{enumNode.Value}\" does not exist in \"{Name}\" enum." + DidYouMeanValue(enumNode.Value), this);
    }

    public ValueNode ValueToLiteral(object? runtimeValue) =>
        runtimeValue is null ? new NullValueNode() : new EnumValueNode((string)Serialize(runtimeValue)!);

    private string DidYouMeanValue(string input) =>
        Suggestions.DidYouMean(Suggestions.List(input, Values.Select(v => v.Name)), "the enum value");

    internal void Complete(IReadOnlyList<EnumValue> values)
    {
        Values = new NamedCollection<EnumValue>(values);
        _byRuntimeValue = [];
        foreach (var value in values) _byRuntimeValue.TryAdd(value.Value, value);
    }
}
