using PostCatalog.GraphQL.Language;

namespace PostCatalog.GraphQL.Types;

/// <summary>Reads an applied directive written as SDL text (<c>@key(fields: "id")</c>) in code-first definitions.</summary>
internal static class DirectiveSyntax
{
    public static DirectiveNode Parse(string directive)
    {
        var text = directive.TrimStart();
        if (!text.StartsWith('@')) text = "@" + text;
        // A directive is parsed in the one place SDL allows it alone: on a scalar definition.
        var document = Parser.Parse("scalar X " + text, TypeReference.CodeFirst);
        var scalar = (ScalarTypeDefinitionNode)document.Definitions[0];
        return scalar.Directives.Count == 1
            ? scalar.Directives[0]
            : throw new ArgumentException($"\"{directive}\" is not a single directive.", nameof(directive));
    }
}
