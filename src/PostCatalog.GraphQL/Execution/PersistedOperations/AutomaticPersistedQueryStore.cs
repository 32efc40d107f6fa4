using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace PostCatalog.GraphQL.Execution.PersistedOperations;

/// <summary>Automatic persisted queries: a client sends a hash alone; on a miss it resends hash and query, which we keep
/// (bounded, so a client cannot fill memory) after checking the hash is the document's.</summary>
public sealed class AutomaticPersistedQueryStore(int capacity) : IAutomaticPersistedQueryStore
{
    private readonly ConcurrentDictionary<string, string> _documents = new(StringComparer.OrdinalIgnoreCase);

    public bool TryGet(string hash, out string query) => _documents.TryGetValue(hash, out query!);

    /// <summary>Stores the document when <paramref name="hash"/> is its sha256; returns false when it is not.</summary>
    public bool TrySave(string hash, string document)
    {
        if (!IsHashOf(hash, document)) return false;
        if (_documents.Count >= capacity) _documents.Clear(); // crude but bounded; hot queries come back on their next miss
        _documents[hash] = document;
        return true;
    }

    public ValueTask<string?> TryGetAsync(string hash, CancellationToken cancellationToken) =>
        ValueTask.FromResult(TryGet(hash, out var query) ? query : null);

    public ValueTask<bool> TrySaveAsync(string hash, string document, CancellationToken cancellationToken) =>
        ValueTask.FromResult(TrySave(hash, document));

    /// <summary>True when <paramref name="hash"/> is the sha256 (hex, any case) of <paramref name="document"/>.</summary>
    public static bool IsHashOf(string hash, string document) => string.Equals(Sha256Hex(document), hash, StringComparison.OrdinalIgnoreCase);

    public static string Sha256Hex(string document) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document)));
}
