namespace PostCatalog.GraphQL.Language;

/// <summary>
/// Parses GraphQL source into a syntax tree: executable documents and type-system documents (SDL).
/// Errors are <see cref="SyntaxException"/>s with graphql-js's messages, line and column.
/// Input is bounded by <see cref="ParserOptions"/> so hostile documents fail fast.
/// </summary>
public static class Parser
{
    /// <summary>Parses a whole document (graphql-js <c>parse</c>).</summary>
    public static DocumentNode Parse(string source, ParserOptions? options = null) =>
        new SyntaxParser(source, options ?? ParserOptions.Default).ParseDocument();

    /// <summary>Parses a single value literal, variables allowed (graphql-js <c>parseValue</c>).</summary>
    public static ValueNode ParseValue(string source, ParserOptions? options = null) =>
        new SyntaxParser(source, options ?? ParserOptions.Default).ParseStandalone(p => p.ParseValueLiteral(isConst: false));

    /// <summary>Parses a single constant value literal: no variables (graphql-js <c>parseConstValue</c>).</summary>
    public static ValueNode ParseConstValue(string source, ParserOptions? options = null) =>
        new SyntaxParser(source, options ?? ParserOptions.Default).ParseStandalone(p => p.ParseValueLiteral(isConst: true));

    /// <summary>Parses a type reference such as <c>[String!]!</c> (graphql-js <c>parseType</c>).</summary>
    public static TypeNode ParseType(string source, ParserOptions? options = null) =>
        new SyntaxParser(source, options ?? ParserOptions.Default).ParseStandalone(p => p.ParseTypeReference());
}
