namespace PostCatalog.GraphQL.Language;

/// <summary>Where a node sits in its source: character offsets plus the 1-based line and column of its first token.</summary>
public readonly record struct Location(int Start, int End, int Line, int Column);

/// <summary>The kinds of syntax node; names match graphql-js's <c>Kind</c> so ASTs can be compared with the reference implementation.</summary>
public enum SyntaxKind
{
    Name, Document, OperationDefinition, VariableDefinition, SelectionSet, Field, Argument,
    FragmentSpread, InlineFragment, FragmentDefinition,
    Variable, IntValue, FloatValue, StringValue, BooleanValue, NullValue, EnumValue, ListValue, ObjectValue, ObjectField,
    Directive, NamedType, ListType, NonNullType,
    SchemaDefinition, OperationTypeDefinition,
    ScalarTypeDefinition, ObjectTypeDefinition, FieldDefinition, InputValueDefinition, InterfaceTypeDefinition,
    UnionTypeDefinition, EnumTypeDefinition, EnumValueDefinition, InputObjectTypeDefinition, DirectiveDefinition,
    SchemaExtension, ScalarTypeExtension, ObjectTypeExtension, InterfaceTypeExtension, UnionTypeExtension,
    EnumTypeExtension, InputObjectTypeExtension, DirectiveExtension,
}

public enum OperationType { Query, Mutation, Subscription }

/// <summary>Base of every syntax tree node. Nodes are immutable; <see cref="Location"/> is null for nodes built in code.</summary>
public abstract record SyntaxNode
{
    public abstract SyntaxKind Kind { get; }
    public Location? Location { get; init; }
}

public sealed record NameNode(string Value) : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.Name;
    public override string ToString() => Value;
}

/// <summary>Nodes that can carry directives.</summary>
public interface IHasDirectives
{
    IReadOnlyList<DirectiveNode> Directives { get; init; }
}

public sealed record DirectiveNode(NameNode Name, IReadOnlyList<ArgumentNode> Arguments) : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.Directive;
}

public sealed record ArgumentNode(NameNode Name, ValueNode Value) : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.Argument;
}
