using PostCatalog.GraphQL.Execution;
using PostCatalog.GraphQL.Language;
using PostCatalog.GraphQL.Types;

namespace PostCatalog.GraphQL.Validation;

/// <summary>
/// Validates an executable document against a schema (spec section 5, graphql-js <c>validate</c>): every rule
/// gets a visitor, and one walk of the document drives them all. Validation stops after
/// <see cref="ValidationOptions.MaxErrors"/> errors with graphql-js's "Too many validation errors" error.
/// Stateless and thread-safe: one instance can serve every request; it is the executor's <see cref="IDocumentValidator"/>.
/// </summary>
public sealed class DocumentValidator : IDocumentValidator
{
    public const string TooManyErrorsMessage = "Too many validation errors, error limit reached. Validation aborted.";

    private readonly ValidationOptions _defaultOptions;

    /// <param name="defaultOptions">Used by <see cref="Validate"/> calls that pass no options.</param>
    public DocumentValidator(ValidationOptions? defaultOptions = null)
    {
        _defaultOptions = defaultOptions ?? ValidationOptions.Default;
    }

    /// <summary>Validates with the options given to the constructor (the executor's entry point).</summary>
    public ValidationResult Validate(Schema schema, DocumentNode document) => Validate(schema, document, null);

    public ValidationResult Validate(Schema schema, DocumentNode document, ValidationOptions? options)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        options ??= _defaultOptions;

        var errors = new List<GraphQLError>();
        var typeInfo = new TypeInfo(schema);
        var ancestors = new List<SyntaxNode>();
        var context = new ValidationContext(schema, document, typeInfo, ancestors, Report, options.HideSuggestions);
        var rules = options.Rules ?? Specified.Rules;
        var visitors = rules.Select(rule => (ISyntaxVisitor)rule.CreateVisitor(context)).ToList();

        try
        {
            new ValidationWalker(typeInfo, visitors, ancestors).Walk(document);
        }
        catch (ValidationAbortedException aborted)
        {
            errors.Add(new GraphQLError(aborted.Message));
        }

        return errors.Count == 0 ? ValidationResult.Valid : new ValidationResult(errors);

        void Report(GraphQLError error)
        {
            if (errors.Count >= options.MaxErrors) throw new ValidationAbortedException(TooManyErrorsMessage);
            errors.Add(error);
        }
    }
}
