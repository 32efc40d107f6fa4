namespace PostCatalog.GraphQL.Language;

/// <summary>A value literal. Numbers keep their source text so no precision is lost before coercion.</summary>
public abstract record ValueNode : SyntaxNode;

public sealed record VariableNode(NameNode Name) : ValueNode
{
    public override SyntaxKind Kind => SyntaxKind.Variable;
}

public sealed record IntValueNode(string Value) : ValueNode
{
    public override SyntaxKind Kind => SyntaxKind.IntValue;
}

public sealed record FloatValueNode(string Value) : ValueNode
{
    public override SyntaxKind Kind => SyntaxKind.FloatValue;
}

/// <summary>A string literal; <see cref="Value"/> is already unescaped (and dedented for block strings).</summary>
public sealed record StringValueNode(string Value, bool Block = false) : ValueNode
{
    public override SyntaxKind Kind => SyntaxKind.StringValue;
}

public sealed record BooleanValueNode(bool Value) : ValueNode
{
    public override SyntaxKind Kind => SyntaxKind.BooleanValue;
}

public sealed record NullValueNode : ValueNode
{
    public override SyntaxKind Kind => SyntaxKind.NullValue;
}

public sealed record EnumValueNode(string Value) : ValueNode
{
    public override SyntaxKind Kind => SyntaxKind.EnumValue;
}

public sealed record ListValueNode(IReadOnlyList<ValueNode> Values) : ValueNode
{
    public override SyntaxKind Kind => SyntaxKind.ListValue;
}

public sealed record ObjectValueNode(IReadOnlyList<ObjectFieldNode> Fields) : ValueNode
{
    public override SyntaxKind Kind => SyntaxKind.ObjectValue;
}

public sealed record ObjectFieldNode(NameNode Name, ValueNode Value) : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.ObjectField;
}
