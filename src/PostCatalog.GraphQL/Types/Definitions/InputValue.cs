using PostCatalog.GraphQL.Language;

namespace PostCatalog.GraphQL.Types;

/// <summary>An argument or input object field: a typed input with an optional default value.</summary>
public abstract class InputValue : IHasName
{
    private object? _defaultValue;

    private protected InputValue(MemberInfo info, IInputType type, ValueNode? defaultValueSyntax)
    {
        Name = info.Name;
        Description = info.Description;
        DeprecationReason = info.DeprecationReason;
        Directives = info.Directives ?? [];
        ContextData = info.ContextData ?? new Dictionary<string, object?>();
        SyntaxNode = info.SyntaxNode as InputValueDefinitionNode;
        Type = type;
        DefaultValueSyntax = defaultValueSyntax;
    }

    public string Name { get; }

    public string? Description { get; }

    public IInputType Type { get; }

    /// <summary>The default value as a literal (how SDL and introspection show it); null when there is none.</summary>
    public ValueNode? DefaultValueSyntax { get; private set; }

    public bool HasDefaultValue => DefaultValueSyntax is not null;

    /// <summary>The default value coerced to its runtime value (e.g. an int, a dictionary). Only meaningful when <see cref="HasDefaultValue"/>.</summary>
    public object? DefaultValue => _defaultValue;

    /// <summary>Non-null type and no default: the client must provide it.</summary>
    public bool IsRequired => Type is NonNullType && !HasDefaultValue;

    public string? DeprecationReason { get; }

    public bool IsDeprecated => DeprecationReason is not null;

    public IReadOnlyList<DirectiveNode> Directives { get; }

    public IReadOnlyDictionary<string, object?> ContextData { get; }

    public InputValueDefinitionNode? SyntaxNode { get; }

    /// <summary>The schema coordinate: <c>Type.field(arg:)</c>, <c>@directive(arg:)</c> or <c>Input.field</c>.</summary>
    public abstract string Coordinate { get; }

    // Defaults are coerced once every input type is complete (an input object default needs its fields).
    internal void SetCoercedDefault(object? value) => _defaultValue = value;

    internal void SetDefault(ValueNode syntax, object? value)
    {
        DefaultValueSyntax = syntax;
        _defaultValue = value;
    }

    public override string ToString() => Coordinate;
}

/// <summary>An argument of a field or directive.</summary>
public sealed class Argument : InputValue
{
    private readonly string _ownerCoordinate;

    internal Argument(MemberInfo info, IInputType type, ValueNode? defaultValueSyntax, string ownerCoordinate)
        : base(info, type, defaultValueSyntax)
    {
        _ownerCoordinate = ownerCoordinate;
    }

    public override string Coordinate => $"{_ownerCoordinate}({Name}:)";
}

/// <summary>A field of an input object type.</summary>
public sealed class InputField : InputValue
{
    internal InputField(MemberInfo info, InputObjectType declaringType, IInputType type, ValueNode? defaultValueSyntax)
        : base(info, type, defaultValueSyntax)
    {
        DeclaringType = declaringType;
    }

    public InputObjectType DeclaringType { get; }

    public override string Coordinate => DeclaringType.Name + "." + Name;
}
