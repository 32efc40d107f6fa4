namespace PostCatalog.GraphQL.Language;

// The spec's sections 2.2-2.8: document, operations, selection sets, fields, arguments, fragments.
internal sealed partial class SyntaxParser
{
    public DocumentNode ParseDocument()
    {
        ExpectToken(TokenKind.StartOfFile);
        var definitions = new List<DefinitionNode>();
        do definitions.Add(ParseDefinition());
        while (!ExpectOptionalToken(TokenKind.EndOfFile));
        // The document spans the whole source, from offset 0 to the end-of-file token.
        return new DocumentNode(definitions)
        {
            Location = _options.NoLocations ? null : new Location(0, _lexer.LastToken.End, 1, 1),
        };
    }

    private DefinitionNode ParseDefinition()
    {
        if (Peek(TokenKind.LeftBrace)) return ParseOperationDefinition();

        // Many definitions begin with a description, so the keyword may be one token further.
        bool hasDescription = PeekDescription();
        Token keyword = hasDescription ? _lexer.Lookahead() : Current;

        if (hasDescription && keyword.Kind == TokenKind.LeftBrace)
            throw Error(Current.Start, "Unexpected description, descriptions are not supported on shorthand queries.");

        if (keyword.Kind == TokenKind.Name)
        {
            switch (keyword.Value)
            {
                case "schema": return ParseSchemaDefinition();
                case "scalar": return ParseScalarTypeDefinition();
                case "type": return ParseObjectTypeDefinition();
                case "interface": return ParseInterfaceTypeDefinition();
                case "union": return ParseUnionTypeDefinition();
                case "enum": return ParseEnumTypeDefinition();
                case "input": return ParseInputObjectTypeDefinition();
                case "directive": return ParseDirectiveDefinition();
                case "query" or "mutation" or "subscription": return ParseOperationDefinition();
                case "fragment": return ParseFragmentDefinition();
            }

            if (hasDescription)
                throw Error(Current.Start, "Unexpected description, only GraphQL definitions support descriptions.");
            if (keyword.Value == "extend") return ParseTypeSystemExtension();
        }

        throw Unexpected(keyword);
    }

    private OperationDefinitionNode ParseOperationDefinition()
    {
        Token start = Current;
        if (Peek(TokenKind.LeftBrace))
        {
            var shorthand = ParseSelectionSet();
            return new OperationDefinitionNode(OperationType.Query, null, [], [], shorthand) { Location = Loc(start) };
        }

        StringValueNode? description = ParseDescription();
        OperationType operation = ParseOperationType();
        NameNode? name = Peek(TokenKind.Name) ? ParseName() : null;
        IReadOnlyList<VariableDefinitionNode> variables = ParseVariableDefinitions();
        IReadOnlyList<DirectiveNode> directives = ParseDirectives(isConst: false);
        SelectionSetNode selectionSet = ParseSelectionSet();
        return new OperationDefinitionNode(operation, name, variables, directives, selectionSet)
        {
            Description = description,
            Location = Loc(start),
        };
    }

    private OperationType ParseOperationType()
    {
        Token token = ExpectToken(TokenKind.Name);
        return token.Value switch
        {
            "query" => OperationType.Query,
            "mutation" => OperationType.Mutation,
            "subscription" => OperationType.Subscription,
            _ => throw Unexpected(token),
        };
    }

    private IReadOnlyList<VariableDefinitionNode> ParseVariableDefinitions() =>
        OptionalMany(TokenKind.LeftParenthesis, ParseVariableDefinition, TokenKind.RightParenthesis);

    private VariableDefinitionNode ParseVariableDefinition()
    {
        Token start = Current;
        StringValueNode? description = ParseDescription();
        VariableNode variable = ParseVariable();
        ExpectToken(TokenKind.Colon);
        TypeNode type = ParseTypeReference();
        ValueNode? defaultValue = ExpectOptionalToken(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
        IReadOnlyList<DirectiveNode> directives = ParseDirectives(isConst: true);
        return new VariableDefinitionNode(variable, type, defaultValue, directives)
        {
            Description = description,
            Location = Loc(start),
        };
    }

    private VariableNode ParseVariable()
    {
        Token start = ExpectToken(TokenKind.Dollar);
        NameNode name = ParseName();
        return new VariableNode(name) { Location = Loc(start) };
    }

    private SelectionSetNode ParseSelectionSet()
    {
        Token start = Current;
        EnterNesting();
        ExpectToken(TokenKind.LeftBrace);
        // Zero selections are allowed, as in graphql-js 17 (graphql-spec#1227: `SelectionSet : { Selection* }`).
        var selections = new List<SelectionNode>();
        while (!ExpectOptionalToken(TokenKind.RightBrace))
            selections.Add(Peek(TokenKind.Spread) ? ParseFragment() : ParseField());
        LeaveNesting();
        return new SelectionSetNode(selections) { Location = Loc(start) };
    }

    private FieldNode ParseField()
    {
        Token start = Current;
        NameNode nameOrAlias = ParseName();
        NameNode? alias = null;
        NameNode name = nameOrAlias;
        if (ExpectOptionalToken(TokenKind.Colon))
        {
            alias = nameOrAlias;
            name = ParseName();
        }

        IReadOnlyList<ArgumentNode> arguments = ParseArguments(isConst: false);
        IReadOnlyList<DirectiveNode> directives = ParseDirectives(isConst: false);
        SelectionSetNode? selectionSet = Peek(TokenKind.LeftBrace) ? ParseSelectionSet() : null;
        return new FieldNode(alias, name, arguments, directives, selectionSet) { Location = Loc(start) };
    }

    private IReadOnlyList<ArgumentNode> ParseArguments(bool isConst)
    {
        if (!ExpectOptionalToken(TokenKind.LeftParenthesis)) return [];
        var arguments = new List<ArgumentNode>();
        do arguments.Add(ParseArgument(isConst));
        while (!ExpectOptionalToken(TokenKind.RightParenthesis));
        return arguments;
    }

    private ArgumentNode ParseArgument(bool isConst)
    {
        Token start = Current;
        NameNode name = ParseName();
        ExpectToken(TokenKind.Colon);
        ValueNode value = ParseValueLiteral(isConst);
        return new ArgumentNode(name, value) { Location = Loc(start) };
    }

    /// <summary>A fragment spread <c>...Name</c> or an inline fragment <c>... on Type { }</c>.</summary>
    private SelectionNode ParseFragment()
    {
        Token start = ExpectToken(TokenKind.Spread);
        bool hasTypeCondition = ExpectOptionalKeyword("on");
        if (!hasTypeCondition && Peek(TokenKind.Name))
        {
            NameNode name = ParseFragmentName();
            IReadOnlyList<DirectiveNode> spreadDirectives = ParseDirectives(isConst: false);
            return new FragmentSpreadNode(name, spreadDirectives) { Location = Loc(start) };
        }

        NamedTypeNode? typeCondition = hasTypeCondition ? ParseNamedType() : null;
        IReadOnlyList<DirectiveNode> directives = ParseDirectives(isConst: false);
        SelectionSetNode selectionSet = ParseSelectionSet();
        return new InlineFragmentNode(typeCondition, directives, selectionSet) { Location = Loc(start) };
    }

    private FragmentDefinitionNode ParseFragmentDefinition()
    {
        Token start = Current;
        StringValueNode? description = ParseDescription();
        ExpectKeyword("fragment");
        NameNode name = ParseFragmentName();
        ExpectKeyword("on");
        NamedTypeNode typeCondition = ParseNamedType();
        IReadOnlyList<DirectiveNode> directives = ParseDirectives(isConst: false);
        SelectionSetNode selectionSet = ParseSelectionSet();
        return new FragmentDefinitionNode(name, typeCondition, directives, selectionSet)
        {
            Description = description,
            Location = Loc(start),
        };
    }

    /// <summary>A fragment may be called anything but <c>on</c>.</summary>
    private NameNode ParseFragmentName()
    {
        if (Current.Value == "on") throw Unexpected();
        return ParseName();
    }
}
