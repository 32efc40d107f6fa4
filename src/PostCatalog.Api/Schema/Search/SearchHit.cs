using PostCatalog.Catalog;

namespace PostCatalog.Api.Schema.Search;

/// <summary>One post found by <c>searchPosts</c>: where it ranks, how well it matched, and the matching words marked.</summary>
/// <param name="Rank">FTS5's bm25 value: lower is better (it is negative for matches); the cursor keeps it.</param>
public sealed record SearchHit(Post Post, double Rank, string? TitleHighlight, string? ExcerptHighlight)
{
    /// <summary>Relevance as a client reads it: higher is better.</summary>
    public double Score => -Rank;

    public string Cursor => new SearchCursor(Rank, Post.Id).Encode();
}

/// <summary>One page of hits with what the connection needs; the total is counted only when a client asks.</summary>
public sealed class SearchPage(IReadOnlyList<SearchHit> hits, bool hasNextPage, bool hasPreviousPage, Func<CancellationToken, Task<int>> countTotal)
{
    private Task<int>? _total;

    public IReadOnlyList<SearchHit> Hits { get; } = hits;
    public bool HasNextPage { get; } = hasNextPage;
    public bool HasPreviousPage { get; } = hasPreviousPage;

    public Task<int> GetTotalCountAsync(CancellationToken cancellationToken) => _total ??= countTotal(cancellationToken);
}
