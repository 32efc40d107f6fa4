namespace PostCatalog.GraphQL.Language;

/// <summary>
/// One lexical token. <see cref="Start"/> and <see cref="End"/> are UTF-16 offsets into the source;
/// <see cref="Line"/> and <see cref="Column"/> are 1-based. <see cref="Value"/> is set for names,
/// numbers (their source text), strings (unescaped, block strings dedented) and comments.
/// </summary>
public readonly record struct Token(TokenKind Kind, int Start, int End, int Line, int Column, string? Value = null)
{
    /// <summary>The token as graphql-js describes it in errors: <c>Name "foo"</c>, <c>"{"</c>, <c>&lt;EOF&gt;</c>.</summary>
    public string Describe() => Value is null ? Kind.Describe() : $"{Kind.Describe()} \"{Value}\"";
}
