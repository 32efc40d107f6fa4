namespace PostCatalog.GraphQL.AspNetCore.Requests;

/// <summary>One GraphQL request as it arrived over HTTP, before parsing of the document.</summary>
/// <param name="Query">The document text, absent when the client sends only a persisted document id or hash.</param>
/// <param name="DocumentId">A trusted document id (<c>id</c> or <c>documentId</c>).</param>
/// <param name="Variables">Variables in the engine's canonical JSON shape (dictionaries, lists, string, long, double, decimal, bool, null).</param>
public sealed record GraphQLHttpRequest(
    string? Query,
    string? OperationName,
    IReadOnlyDictionary<string, object?>? Variables,
    IReadOnlyDictionary<string, object?>? Extensions,
    string? DocumentId)
{
    /// <summary>The sha256 hash of an automatic persisted query (<c>extensions.persistedQuery.sha256Hash</c>), if any.</summary>
    public string? PersistedQueryHash =>
        Extensions?.GetValueOrDefault("persistedQuery") is IReadOnlyDictionary<string, object?> pq
        && pq.GetValueOrDefault("sha256Hash") is string hash ? hash : null;
}
