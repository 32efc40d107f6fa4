namespace PostCatalog.GraphQL.Types;

/// <summary>A 1-based line and column in the request document, as the spec's <c>locations</c> entry.</summary>
public readonly record struct ErrorLocation(int Line, int Column);
