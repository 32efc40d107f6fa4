using PostCatalog.GraphQL.Execution;

namespace PostCatalog.GraphQL.Execution.PersistedOperations;

/// <summary>Trusted documents: one file per operation, named <c>{sha256}.graphql</c>, in a folder the deployment owns.</summary>
public sealed class FileSystemOperationDocumentStore(string directory) : IOperationDocumentStore
{
    public bool TryGetDocument(string documentId, out string query)
    {
        query = "";
        // Ids are hashes (optionally "sha256:"-prefixed); anything else could walk out of the folder.
        var id = documentId.StartsWith("sha256:", StringComparison.Ordinal) ? documentId[7..] : documentId;
        if (id.Length == 0 || !id.All(char.IsAsciiLetterOrDigit)) return false;
        var path = Path.Combine(directory, id + ".graphql");
        if (!File.Exists(path)) return false;
        query = File.ReadAllText(path);
        return true;
    }
}
