namespace PostCatalog.GraphQL.Language;

// The spec's section 3: schema, type and directive definitions and their extensions (SDL).
internal sealed partial class SyntaxParser
{
    private static readonly HashSet<string> DirectiveLocations =
    [
        "QUERY", "MUTATION", "SUBSCRIPTION", "FIELD", "FRAGMENT_DEFINITION", "FRAGMENT_SPREAD", "INLINE_FRAGMENT",
        "VARIABLE_DEFINITION", "SCHEMA", "SCALAR", "OBJECT", "FIELD_DEFINITION", "ARGUMENT_DEFINITION", "INTERFACE",
        "UNION", "ENUM", "ENUM_VALUE", "INPUT_OBJECT", "INPUT_FIELD_DEFINITION",
        // graphql-js 17: directives on directive definitions, and on the variables of (experimental) fragment arguments.
        "DIRECTIVE_DEFINITION", "FRAGMENT_VARIABLE_DEFINITION",
    ];

    private bool PeekDescription() => Peek(TokenKind.String) || Peek(TokenKind.BlockString);

    private StringValueNode? ParseDescription() => PeekDescription() ? ParseStringLiteral() : null;

    private SchemaDefinitionNode ParseSchemaDefinition()
    {
        Token start = Current;
        StringValueNode? description = ParseDescription();
        ExpectKeyword("schema");
        IReadOnlyList<DirectiveNode> directives = ParseConstDirectives();
        List<OperationTypeDefinitionNode> operationTypes =
            Many(TokenKind.LeftBrace, ParseOperationTypeDefinition, TokenKind.RightBrace);
        return new SchemaDefinitionNode(description, directives, operationTypes) { Location = Loc(start) };
    }

    private OperationTypeDefinitionNode ParseOperationTypeDefinition()
    {
        Token start = Current;
        OperationType operation = ParseOperationType();
        ExpectToken(TokenKind.Colon);
        NamedTypeNode type = ParseNamedType();
        return new OperationTypeDefinitionNode(operation, type) { Location = Loc(start) };
    }

    private ScalarTypeDefinitionNode ParseScalarTypeDefinition()
    {
        Token start = Current;
        StringValueNode? description = ParseDescription();
        ExpectKeyword("scalar");
        NameNode name = ParseName();
        IReadOnlyList<DirectiveNode> directives = ParseConstDirectives();
        return new ScalarTypeDefinitionNode(description, name, directives) { Location = Loc(start) };
    }

    private ObjectTypeDefinitionNode ParseObjectTypeDefinition()
    {
        Token start = Current;
        StringValueNode? description = ParseDescription();
        ExpectKeyword("type");
        NameNode name = ParseName();
        IReadOnlyList<NamedTypeNode> interfaces = ParseImplementsInterfaces();
        IReadOnlyList<DirectiveNode> directives = ParseConstDirectives();
        IReadOnlyList<FieldDefinitionNode> fields = ParseFieldsDefinition();
        return new ObjectTypeDefinitionNode(description, name, interfaces, directives, fields) { Location = Loc(start) };
    }

    private IReadOnlyList<NamedTypeNode> ParseImplementsInterfaces() =>
        ExpectOptionalKeyword("implements") ? DelimitedMany(TokenKind.Ampersand, ParseNamedType) : [];

    private IReadOnlyList<FieldDefinitionNode> ParseFieldsDefinition() =>
        OptionalMany(TokenKind.LeftBrace, ParseFieldDefinition, TokenKind.RightBrace);

    private FieldDefinitionNode ParseFieldDefinition()
    {
        Token start = Current;
        StringValueNode? description = ParseDescription();
        NameNode name = ParseName();
        IReadOnlyList<InputValueDefinitionNode> arguments = ParseArgumentDefinitions();
        ExpectToken(TokenKind.Colon);
        TypeNode type = ParseTypeReference();
        IReadOnlyList<DirectiveNode> directives = ParseConstDirectives();
        return new FieldDefinitionNode(description, name, arguments, type, directives) { Location = Loc(start) };
    }

    private IReadOnlyList<InputValueDefinitionNode> ParseArgumentDefinitions() =>
        OptionalMany(TokenKind.LeftParenthesis, ParseInputValueDefinition, TokenKind.RightParenthesis);

    private InputValueDefinitionNode ParseInputValueDefinition()
    {
        Token start = Current;
        StringValueNode? description = ParseDescription();
        NameNode name = ParseName();
        ExpectToken(TokenKind.Colon);
        TypeNode type = ParseTypeReference();
        ValueNode? defaultValue = ExpectOptionalToken(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
        IReadOnlyList<DirectiveNode> directives = ParseConstDirectives();
        return new InputValueDefinitionNode(description, name, type, defaultValue, directives) { Location = Loc(start) };
    }

    private InterfaceTypeDefinitionNode ParseInterfaceTypeDefinition()
    {
        Token start = Current;
        StringValueNode? description = ParseDescription();
        ExpectKeyword("interface");
        NameNode name = ParseName();
        IReadOnlyList<NamedTypeNode> interfaces = ParseImplementsInterfaces();
        IReadOnlyList<DirectiveNode> directives = ParseConstDirectives();
        IReadOnlyList<FieldDefinitionNode> fields = ParseFieldsDefinition();
        return new InterfaceTypeDefinitionNode(description, name, interfaces, directives, fields) { Location = Loc(start) };
    }

    private UnionTypeDefinitionNode ParseUnionTypeDefinition()
    {
        Token start = Current;
        StringValueNode? description = ParseDescription();
        ExpectKeyword("union");
        NameNode name = ParseName();
        IReadOnlyList<DirectiveNode> directives = ParseConstDirectives();
        IReadOnlyList<NamedTypeNode> types = ParseUnionMemberTypes();
        return new UnionTypeDefinitionNode(description, name, directives, types) { Location = Loc(start) };
    }

    private IReadOnlyList<NamedTypeNode> ParseUnionMemberTypes() =>
        ExpectOptionalToken(TokenKind.Equals) ? DelimitedMany(TokenKind.Pipe, ParseNamedType) : [];

    private EnumTypeDefinitionNode ParseEnumTypeDefinition()
    {
        Token start = Current;
        StringValueNode? description = ParseDescription();
        ExpectKeyword("enum");
        NameNode name = ParseName();
        IReadOnlyList<DirectiveNode> directives = ParseConstDirectives();
        IReadOnlyList<EnumValueDefinitionNode> values = ParseEnumValuesDefinition();
        return new EnumTypeDefinitionNode(description, name, directives, values) { Location = Loc(start) };
    }

    private IReadOnlyList<EnumValueDefinitionNode> ParseEnumValuesDefinition() =>
        OptionalMany(TokenKind.LeftBrace, ParseEnumValueDefinition, TokenKind.RightBrace);

    private EnumValueDefinitionNode ParseEnumValueDefinition()
    {
        Token start = Current;
        StringValueNode? description = ParseDescription();
        NameNode name = ParseEnumValueName();
        IReadOnlyList<DirectiveNode> directives = ParseConstDirectives();
        return new EnumValueDefinitionNode(description, name, directives) { Location = Loc(start) };
    }

    /// <summary>An enum value is any name but <c>true</c>, <c>false</c> and <c>null</c>.</summary>
    private NameNode ParseEnumValueName()
    {
        if (Current.Value is "true" or "false" or "null")
            throw Error(Current.Start, $"{Current.Describe()} is reserved and cannot be used for an enum value.");
        return ParseName();
    }

    private InputObjectTypeDefinitionNode ParseInputObjectTypeDefinition()
    {
        Token start = Current;
        StringValueNode? description = ParseDescription();
        ExpectKeyword("input");
        NameNode name = ParseName();
        IReadOnlyList<DirectiveNode> directives = ParseConstDirectives();
        IReadOnlyList<InputValueDefinitionNode> fields = ParseInputFieldsDefinition();
        return new InputObjectTypeDefinitionNode(description, name, directives, fields) { Location = Loc(start) };
    }

    private IReadOnlyList<InputValueDefinitionNode> ParseInputFieldsDefinition() =>
        OptionalMany(TokenKind.LeftBrace, ParseInputValueDefinition, TokenKind.RightBrace);

    private DirectiveDefinitionNode ParseDirectiveDefinition()
    {
        Token start = Current;
        StringValueNode? description = ParseDescription();
        ExpectKeyword("directive");
        ExpectToken(TokenKind.At);
        NameNode name = ParseName();
        IReadOnlyList<InputValueDefinitionNode> arguments = ParseArgumentDefinitions();
        IReadOnlyList<DirectiveNode> directives = ParseConstDirectives();
        bool repeatable = ExpectOptionalKeyword("repeatable");
        ExpectKeyword("on");
        List<NameNode> locations = DelimitedMany(TokenKind.Pipe, ParseDirectiveLocation);
        return new DirectiveDefinitionNode(description, name, arguments, repeatable, locations)
        {
            Directives = directives,
            Location = Loc(start),
        };
    }

    private NameNode ParseDirectiveLocation()
    {
        Token start = Current;
        NameNode name = ParseName();
        return DirectiveLocations.Contains(name.Value) ? name : throw Unexpected(start);
    }
}
