namespace PostCatalog.GraphQL.Language;

/// <summary>
/// Limits and switches for <see cref="Parser"/>. The limits keep hostile documents cheap to reject:
/// every one of them fails with a <see cref="SyntaxException"/> instead of exhausting stack, memory or time.
/// </summary>
public sealed record ParserOptions
{
    /// <summary>The options used when none are given.</summary>
    public static ParserOptions Default { get; } = new();

    /// <summary>
    /// Most lexical tokens (comments excluded, as in graphql-js's <c>maxTokens</c>) a document may have.
    /// Default 15,000: GraphiQL's introspection query is about 300. Schema (SDL) loaders may raise it.
    /// </summary>
    public int MaxTokens { get; init; } = 15_000;

    /// <summary>
    /// Deepest nesting allowed of selection sets, list and object values and list types
    /// (each <c>{</c> or <c>[</c> is one level). Bounds recursion so deep documents cannot overflow the stack.
    /// </summary>
    public int MaxDepth { get; init; } = 200;

    /// <summary>Longest source accepted, in UTF-16 code units (default 1,000,000). Checked before lexing.</summary>
    public int MaxSourceLength { get; init; } = 1_000_000;

    /// <summary>Skip recording <see cref="SyntaxNode.Location"/> on nodes (graphql-js's <c>noLocation</c>).</summary>
    public bool NoLocations { get; init; }
}
