namespace PostCatalog.GraphQL.Data.Memo;

/// <summary>
/// Remembers answers that depend only on the data and the arguments, such as a root connection's <c>totalCount</c>.
/// The engine knows nothing of when data changes: a host registers an implementation as a service when it does
/// (the catalog keys its answers by the catalog's version, which only an import changes), and the data conventions
/// use it when it is there. Without one, every answer is computed.
/// </summary>
public interface IResultMemo
{
    /// <summary>The remembered answer for <paramref name="key"/>, or <paramref name="compute"/>'s, remembered.</summary>
    ValueTask<T> GetOrAddAsync<T>(string key, Func<CancellationToken, ValueTask<T>> compute, CancellationToken cancellationToken);
}

/// <summary>A memo that remembers nothing: every answer is computed.</summary>
public sealed class NoMemo : IResultMemo
{
    public static NoMemo Instance { get; } = new();

    public ValueTask<T> GetOrAddAsync<T>(string key, Func<CancellationToken, ValueTask<T>> compute, CancellationToken cancellationToken) =>
        compute(cancellationToken);
}
