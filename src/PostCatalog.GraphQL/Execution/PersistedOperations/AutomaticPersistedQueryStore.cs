using System.Collections.Concurrent;

namespace PostCatalog.GraphQL.Execution.PersistedOperations;

/// <summary>Automatic persisted queries: a client sends a hash alone; on a miss it resends hash and query, which we keep
/// (bounded, so a client cannot fill memory); the executor checks the hash is the document's before it saves.</summary>
public sealed class AutomaticPersistedQueryStore(int capacity) : IAutomaticPersistedQueryStore
{
    private readonly ConcurrentDictionary<string, string> _documents = new(StringComparer.OrdinalIgnoreCase);

    public bool TryGet(string hash, out string query) => _documents.TryGetValue(hash, out query!);

    public void Save(string hash, string document)
    {
        if (_documents.Count >= capacity) _documents.Clear(); // crude but bounded; hot queries come back on their next miss
        _documents[hash] = document;
    }

    public ValueTask<string?> TryGetAsync(string hash, CancellationToken cancellationToken) =>
        ValueTask.FromResult(TryGet(hash, out var query) ? query : null);

    public ValueTask SaveAsync(string hash, string document, CancellationToken cancellationToken)
    {
        Save(hash, document);
        return ValueTask.CompletedTask;
    }
}
