namespace PostCatalog.GraphQL.Language;

// The spec's extensions: `extend schema|scalar|type|interface|union|enum|input`, and graphql-js 17's
// `extend directive @name @directives`. Each must add something.
internal sealed partial class SyntaxParser
{
    private TypeSystemDefinitionNode ParseTypeSystemExtension()
    {
        Token keyword = _lexer.Lookahead();
        if (keyword.Kind == TokenKind.Name)
        {
            switch (keyword.Value)
            {
                case "schema": return ParseSchemaExtension();
                case "scalar": return ParseScalarTypeExtension();
                case "type": return ParseObjectTypeExtension();
                case "interface": return ParseInterfaceTypeExtension();
                case "union": return ParseUnionTypeExtension();
                case "enum": return ParseEnumTypeExtension();
                case "input": return ParseInputObjectTypeExtension();
                case "directive": return ParseDirectiveExtension();
            }
        }
        throw Unexpected(keyword);
    }

    private SchemaExtensionNode ParseSchemaExtension()
    {
        Token start = Current;
        ExpectKeyword("extend");
        ExpectKeyword("schema");
        IReadOnlyList<DirectiveNode> directives = ParseConstDirectives();
        IReadOnlyList<OperationTypeDefinitionNode> operationTypes =
            OptionalMany(TokenKind.LeftBrace, ParseOperationTypeDefinition, TokenKind.RightBrace);
        if (directives.Count == 0 && operationTypes.Count == 0) throw Unexpected();
        return new SchemaExtensionNode(directives, operationTypes) { Location = Loc(start) };
    }

    private ScalarTypeDefinitionNode ParseScalarTypeExtension()
    {
        Token start = Current;
        ExpectKeyword("extend");
        ExpectKeyword("scalar");
        NameNode name = ParseName();
        IReadOnlyList<DirectiveNode> directives = ParseConstDirectives();
        if (directives.Count == 0) throw Unexpected();
        return new ScalarTypeDefinitionNode(null, name, directives, Extension: true) { Location = Loc(start) };
    }

    private ObjectTypeDefinitionNode ParseObjectTypeExtension()
    {
        Token start = Current;
        ExpectKeyword("extend");
        ExpectKeyword("type");
        NameNode name = ParseName();
        IReadOnlyList<NamedTypeNode> interfaces = ParseImplementsInterfaces();
        IReadOnlyList<DirectiveNode> directives = ParseConstDirectives();
        IReadOnlyList<FieldDefinitionNode> fields = ParseFieldsDefinition();
        if (interfaces.Count == 0 && directives.Count == 0 && fields.Count == 0) throw Unexpected();
        return new ObjectTypeDefinitionNode(null, name, interfaces, directives, fields, Extension: true) { Location = Loc(start) };
    }

    private InterfaceTypeDefinitionNode ParseInterfaceTypeExtension()
    {
        Token start = Current;
        ExpectKeyword("extend");
        ExpectKeyword("interface");
        NameNode name = ParseName();
        IReadOnlyList<NamedTypeNode> interfaces = ParseImplementsInterfaces();
        IReadOnlyList<DirectiveNode> directives = ParseConstDirectives();
        IReadOnlyList<FieldDefinitionNode> fields = ParseFieldsDefinition();
        if (interfaces.Count == 0 && directives.Count == 0 && fields.Count == 0) throw Unexpected();
        return new InterfaceTypeDefinitionNode(null, name, interfaces, directives, fields, Extension: true) { Location = Loc(start) };
    }

    private UnionTypeDefinitionNode ParseUnionTypeExtension()
    {
        Token start = Current;
        ExpectKeyword("extend");
        ExpectKeyword("union");
        NameNode name = ParseName();
        IReadOnlyList<DirectiveNode> directives = ParseConstDirectives();
        IReadOnlyList<NamedTypeNode> types = ParseUnionMemberTypes();
        if (directives.Count == 0 && types.Count == 0) throw Unexpected();
        return new UnionTypeDefinitionNode(null, name, directives, types, Extension: true) { Location = Loc(start) };
    }

    private EnumTypeDefinitionNode ParseEnumTypeExtension()
    {
        Token start = Current;
        ExpectKeyword("extend");
        ExpectKeyword("enum");
        NameNode name = ParseName();
        IReadOnlyList<DirectiveNode> directives = ParseConstDirectives();
        IReadOnlyList<EnumValueDefinitionNode> values = ParseEnumValuesDefinition();
        if (directives.Count == 0 && values.Count == 0) throw Unexpected();
        return new EnumTypeDefinitionNode(null, name, directives, values, Extension: true) { Location = Loc(start) };
    }

    private InputObjectTypeDefinitionNode ParseInputObjectTypeExtension()
    {
        Token start = Current;
        ExpectKeyword("extend");
        ExpectKeyword("input");
        NameNode name = ParseName();
        IReadOnlyList<DirectiveNode> directives = ParseConstDirectives();
        IReadOnlyList<InputValueDefinitionNode> fields = ParseInputFieldsDefinition();
        if (directives.Count == 0 && fields.Count == 0) throw Unexpected();
        return new InputObjectTypeDefinitionNode(null, name, directives, fields, Extension: true) { Location = Loc(start) };
    }

    private DirectiveExtensionNode ParseDirectiveExtension()
    {
        Token start = Current;
        ExpectKeyword("extend");
        ExpectKeyword("directive");
        ExpectToken(TokenKind.At);
        NameNode name = ParseName();
        IReadOnlyList<DirectiveNode> directives = ParseConstDirectives();
        if (directives.Count == 0) throw Unexpected();
        return new DirectiveExtensionNode(name, directives) { Location = Loc(start) };
    }
}
