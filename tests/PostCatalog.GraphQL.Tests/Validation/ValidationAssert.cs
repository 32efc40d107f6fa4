using PostCatalog.GraphQL.Language;
using PostCatalog.GraphQL.Types;
using PostCatalog.GraphQL.Validation;

namespace PostCatalog.GraphQL.Tests.Validation;

/// <summary>An error as a client sees it: the message and its (line, column) locations.</summary>
public sealed record ExpectedError(string Message, params (int Line, int Column)[] Locations)
{
    public override string ToString() =>
        Message + " @ " + string.Join(", ", Locations.Select(l => $"{l.Line}:{l.Column}"));
}

/// <summary>Runs one rule (or all of them) over a document, like graphql-js's expectValidationErrors harness.</summary>
public static class ValidationAssert
{
    public static IReadOnlyList<GraphQLError> Validate(IValidationRule rule, string document, Schema? schema = null) =>
        new DocumentValidator().Validate(
            schema ?? SpecExampleSchema.Instance,
            Parser.Parse(document),
            new ValidationOptions { Rules = [rule] }).Errors;

    public static void Valid(IValidationRule rule, string document, Schema? schema = null) =>
        Assert.Empty(Validate(rule, document, schema).Select(Describe));

    public static void Errors(IValidationRule rule, string document, params ExpectedError[] expected) =>
        ErrorsWithSchema(rule, SpecExampleSchema.Instance, document, expected);

    public static void ErrorsWithSchema(IValidationRule rule, Schema schema, string document, params ExpectedError[] expected)
    {
        var errors = Validate(rule, document, schema);
        Assert.Equal(expected.Select(e => e.ToString()), errors.Select(Describe));
    }

    public static string Describe(GraphQLError error) =>
        new ExpectedError(error.Message, (error.Locations ?? []).Select(l => (l.Line, l.Column)).ToArray()).ToString();
}
