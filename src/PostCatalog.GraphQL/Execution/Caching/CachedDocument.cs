using PostCatalog.GraphQL.Language;

namespace PostCatalog.GraphQL.Execution.Caching;

/// <summary>A parsed document and, once checked, its validation result: a repeated query is neither parsed nor validated again.</summary>
internal sealed class CachedDocument(string key, DocumentNode document)
{
    public string Key { get; } = key;
    public DocumentNode Document { get; } = document;
    public ValidationResult? Validation { get; set; }
}
