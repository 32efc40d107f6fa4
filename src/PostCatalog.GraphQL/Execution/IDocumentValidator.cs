using PostCatalog.GraphQL.Language;
using PostCatalog.GraphQL.Types;

namespace PostCatalog.GraphQL.Execution;

/// <summary>
/// Checks a document against a schema before it runs (spec section 5). The executor calls it once per
/// document and caches a passing result; a failing one becomes a request error (HC0009) with no data.
/// </summary>
public interface IDocumentValidator
{
    ValidationResult Validate(Schema schema, DocumentNode document);
}

/// <summary>The errors found; empty when the document is valid.</summary>
public sealed record ValidationResult(IReadOnlyList<GraphQLError> Errors)
{
    public static ValidationResult Valid { get; } = new([]);
    public bool IsValid => Errors.Count == 0;
}

/// <summary>The validator used until a real one is plugged in: accepts every document.</summary>
public sealed class NoOpDocumentValidator : IDocumentValidator
{
    public static NoOpDocumentValidator Instance { get; } = new();
    public ValidationResult Validate(Schema schema, DocumentNode document) => ValidationResult.Valid;
}
