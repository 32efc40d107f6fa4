using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using PostCatalog.GraphQL.Data.Memo;

namespace PostCatalog.Api.Schema.Memo;

/// <summary>Settings of the memo of counts and facets ("GraphQL:Catalog:Memo").</summary>
public sealed class CatalogMemoOptions
{
    public const string Section = "GraphQL:Catalog:Memo";

    /// <summary>Whether counts, facets and <c>postCount</c> are remembered until the catalog changes.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Answers kept per catalog version; when full, new answers are computed and not kept.</summary>
    public int MaxEntries { get; set; } = 10_000;
}

/// <summary>
/// Counts, facets and <c>postCount</c> remembered per (catalog version, question). The catalog changes only when an
/// import commits, so an answer stays right until <see cref="ICatalogVersion"/> moves; then every answer of the old
/// version is dropped at once. Concurrent requests for the same question share one computation.
/// </summary>
public sealed class CatalogMemo(ICatalogVersion version, IOptions<CatalogMemoOptions> options) : IResultMemo
{
    private readonly CatalogMemoOptions _options = options.Value;
    private readonly object _sync = new();
    private ConcurrentDictionary<string, Task<object?>> _answers = new(StringComparer.Ordinal);
    private long _version = -1;

    public async ValueTask<T> GetOrAddAsync<T>(string key, Func<CancellationToken, ValueTask<T>> compute, CancellationToken cancellationToken)
    {
        if (!_options.Enabled) return await compute(cancellationToken).ConfigureAwait(false);

        var answers = AnswersOfCurrentVersion();
        if (!answers.TryGetValue(key, out var answer))
        {
            if (answers.Count >= _options.MaxEntries) return await compute(cancellationToken).ConfigureAwait(false);
            answer = answers.GetOrAdd(key, _ => ComputeAsync(compute, cancellationToken));
        }

        try
        {
            return (T)(await answer.ConfigureAwait(false))!;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The request that started the computation went away; this one computes for itself.
            answers.TryRemove(new KeyValuePair<string, Task<object?>>(key, answer));
            return await compute(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            answers.TryRemove(new KeyValuePair<string, Task<object?>>(key, answer));
            throw;
        }
    }

    private static async Task<object?> ComputeAsync<T>(Func<CancellationToken, ValueTask<T>> compute, CancellationToken cancellationToken) =>
        await compute(cancellationToken).ConfigureAwait(false);

    private ConcurrentDictionary<string, Task<object?>> AnswersOfCurrentVersion()
    {
        var current = version.Current();
        lock (_sync)
        {
            if (current != _version)
            {
                _answers = new(StringComparer.Ordinal);
                _version = current;
            }

            return _answers;
        }
    }
}
