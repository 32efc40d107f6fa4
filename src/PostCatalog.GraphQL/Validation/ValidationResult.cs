using PostCatalog.GraphQL.Types;

namespace PostCatalog.GraphQL.Validation;

/// <summary>The outcome of validating a document: the errors found, in the order the rules reported them.</summary>
public sealed record ValidationResult(IReadOnlyList<GraphQLError> Errors)
{
    public static ValidationResult Valid { get; } = new([]);

    public bool IsValid => Errors.Count == 0;
}
