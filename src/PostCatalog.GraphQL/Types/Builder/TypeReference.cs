using PostCatalog.GraphQL.Language;

namespace PostCatalog.GraphQL.Types;

/// <summary>Type references written as SDL strings in code-first definitions: <c>"[Post!]!"</c>.</summary>
internal static class TypeReference
{
    /// <summary>Nodes written in code have no place in a document, so they carry no locations.</summary>
    public static readonly ParserOptions CodeFirst = new() { NoLocations = true };

    public static TypeNode Parse(string typeReference)
    {
        try
        {
            return Parser.ParseType(typeReference, CodeFirst);
        }
        catch (Exception exception) when (exception is not ArgumentNullException)
        {
            throw new ArgumentException($"\"{typeReference}\" is not a type reference such as \"String\", \"[Post!]!\".", nameof(typeReference), exception);
        }
    }
}
