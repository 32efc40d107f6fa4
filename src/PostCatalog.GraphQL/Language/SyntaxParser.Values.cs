namespace PostCatalog.GraphQL.Language;

// The spec's sections 2.9-2.12: input values, variables, type references, directives.
internal sealed partial class SyntaxParser
{
    public ValueNode ParseValueLiteral(bool isConst)
    {
        Token token = Current;
        switch (token.Kind)
        {
            case TokenKind.LeftBracket:
                return ParseList(isConst);
            case TokenKind.LeftBrace:
                return ParseObject(isConst);
            case TokenKind.Int:
                Advance();
                return new IntValueNode(token.Value!) { Location = Loc(token) };
            case TokenKind.Float:
                Advance();
                return new FloatValueNode(token.Value!) { Location = Loc(token) };
            case TokenKind.String or TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
                Advance();
                return token.Value switch
                {
                    "true" => new BooleanValueNode(true) { Location = Loc(token) },
                    "false" => new BooleanValueNode(false) { Location = Loc(token) },
                    "null" => new NullValueNode { Location = Loc(token) },
                    _ => new EnumValueNode(token.Value!) { Location = Loc(token) },
                };
            case TokenKind.Dollar:
                if (isConst)
                {
                    ExpectToken(TokenKind.Dollar);
                    if (Current.Kind == TokenKind.Name)
                        throw Error(token.Start, $"Unexpected variable \"${Current.Value}\" in constant value.");
                    throw Unexpected(token);
                }
                return ParseVariable();
            default:
                throw Unexpected();
        }
    }

    private StringValueNode ParseStringLiteral()
    {
        Token token = Current;
        Advance();
        return new StringValueNode(token.Value!, token.Kind == TokenKind.BlockString) { Location = Loc(token) };
    }

    private ListValueNode ParseList(bool isConst)
    {
        Token start = Current;
        EnterNesting();
        ExpectToken(TokenKind.LeftBracket);
        var values = new List<ValueNode>();
        while (!ExpectOptionalToken(TokenKind.RightBracket)) values.Add(ParseValueLiteral(isConst));
        LeaveNesting();
        return new ListValueNode(values) { Location = Loc(start) };
    }

    private ObjectValueNode ParseObject(bool isConst)
    {
        Token start = Current;
        EnterNesting();
        ExpectToken(TokenKind.LeftBrace);
        var fields = new List<ObjectFieldNode>();
        while (!ExpectOptionalToken(TokenKind.RightBrace)) fields.Add(ParseObjectField(isConst));
        LeaveNesting();
        return new ObjectValueNode(fields) { Location = Loc(start) };
    }

    private ObjectFieldNode ParseObjectField(bool isConst)
    {
        Token start = Current;
        NameNode name = ParseName();
        ExpectToken(TokenKind.Colon);
        ValueNode value = ParseValueLiteral(isConst);
        return new ObjectFieldNode(name, value) { Location = Loc(start) };
    }

    private IReadOnlyList<DirectiveNode> ParseDirectives(bool isConst)
    {
        if (!Peek(TokenKind.At)) return [];
        var directives = new List<DirectiveNode>();
        while (Peek(TokenKind.At)) directives.Add(ParseDirective(isConst));
        return directives;
    }

    private IReadOnlyList<DirectiveNode> ParseConstDirectives() => ParseDirectives(isConst: true);

    private DirectiveNode ParseDirective(bool isConst)
    {
        Token start = ExpectToken(TokenKind.At);
        NameNode name = ParseName();
        IReadOnlyList<ArgumentNode> arguments = ParseArguments(isConst);
        return new DirectiveNode(name, arguments) { Location = Loc(start) };
    }

    /// <summary><c>Name</c>, <c>[Type]</c>, either followed by <c>!</c>.</summary>
    public TypeNode ParseTypeReference()
    {
        Token start = Current;
        TypeNode type;
        if (Peek(TokenKind.LeftBracket))
        {
            EnterNesting();
            Advance();
            TypeNode inner = ParseTypeReference();
            ExpectToken(TokenKind.RightBracket);
            LeaveNesting();
            type = new ListTypeNode(inner) { Location = Loc(start) };
        }
        else
        {
            type = ParseNamedType();
        }

        return ExpectOptionalToken(TokenKind.Bang) ? new NonNullTypeNode(type) { Location = Loc(start) } : type;
    }

    private NamedTypeNode ParseNamedType()
    {
        Token start = Current;
        NameNode name = ParseName();
        return new NamedTypeNode(name) { Location = Loc(start) };
    }
}
