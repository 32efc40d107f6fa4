namespace PostCatalog.GraphQL.Execution;

/// <summary>
/// Persisted operations (trusted documents): the query text for a document id. A request that names only an id
/// the store does not know fails with HC0020.
/// </summary>
public interface IOperationDocumentStore
{
    bool TryGetDocument(string documentId, out string query);
}
