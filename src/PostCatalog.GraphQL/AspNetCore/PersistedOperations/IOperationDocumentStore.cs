namespace PostCatalog.GraphQL.AspNetCore.PersistedOperations;

/// <summary>Operation documents by id (a sha256 hex hash of the document text).</summary>
public interface IOperationDocumentStore
{
    ValueTask<string?> TryReadAsync(string id, CancellationToken ct);
}
