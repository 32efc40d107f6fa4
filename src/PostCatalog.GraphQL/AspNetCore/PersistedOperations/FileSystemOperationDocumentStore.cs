namespace PostCatalog.GraphQL.AspNetCore.PersistedOperations;

/// <summary>Trusted documents: one file per operation, named <c>{hash}.graphql</c>, in a folder the deployment owns.</summary>
public sealed class FileSystemOperationDocumentStore(string directory) : IOperationDocumentStore
{
    public async ValueTask<string?> TryReadAsync(string id, CancellationToken ct)
    {
        // Ids are hashes; anything else could walk out of the folder.
        if (id.Length == 0 || !id.All(char.IsAsciiLetterOrDigit)) return null;
        var path = Path.Combine(directory, id + ".graphql");
        return File.Exists(path) ? await File.ReadAllTextAsync(path, ct) : null;
    }
}
