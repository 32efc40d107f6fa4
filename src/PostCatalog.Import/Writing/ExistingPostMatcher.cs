using PostCatalog.Catalog;
using PostCatalog.Import.Reconciliation;

namespace PostCatalog.Import.Writing;

/// <summary>
/// Finds the stored row for a reconciled post by its natural keys, so a re-import updates rows in
/// place (same ids): WordPress id, slug, URL, then title, then any title or position its sources had.
/// Every key is a dictionary built once over the candidates (in id order), so finding all posts is linear;
/// a candidate matched once is taken and not found again.
/// </summary>
internal sealed class ExistingPostMatcher
{
    private readonly Dictionary<int, List<Post>> _byWordPressId = [];
    private readonly Dictionary<string, List<Post>> _bySlug = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Post>> _byUrl = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Post>> _byTitle = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Post>> _bySourceTitle = new(StringComparer.Ordinal);
    private readonly Dictionary<(string, string), List<Post>> _bySourcePosition = [];
    private readonly HashSet<Post> _taken = [];
    private readonly List<Post> _candidates;

    public ExistingPostMatcher(IEnumerable<Post> candidates)
    {
        _candidates = candidates.OrderBy(p => p.Id).ToList();
        foreach (var post in _candidates)
        {
            if (post.WordPressId is { } id) Index(_byWordPressId, id, post);
            if (post.Slug is { } slug) Index(_bySlug, slug, post);
            if (post.Url is { } url) Index(_byUrl, url, post);
            Index(_byTitle, Titles.Key(post.Title), post);
            foreach (var source in post.Sources)
            {
                if (source.Title is { } title) Index(_bySourceTitle, Titles.Key(title), post);
                if (source.Position is { } position) Index(_bySourcePosition, (source.Document, position), post);
            }
        }
    }

    /// <summary>Candidates no reconciled post matched (so far).</summary>
    public IEnumerable<Post> Unmatched => _candidates.Where(p => !_taken.Contains(p));

    /// <summary>The candidate for <paramref name="post"/>, taken so no other post matches it; null when none.</summary>
    public Post? Take(ReconciledPost post)
    {
        var titleKeys = post.Mentions.Select(m => Titles.Key(m.Title)).Append(Titles.Key(post.Title)).Distinct().ToList();
        var found = (post.WordPressId is { } id ? First(_byWordPressId, [id]) : null)
            ?? (post.Slug is { } slug ? First(_bySlug, [slug]) : null)
            ?? (post.Url is { } url ? First(_byUrl, [url]) : null)
            ?? First(_byTitle, [Titles.Key(post.Title)])
            ?? First(_byTitle, titleKeys)
            ?? First(_bySourceTitle, titleKeys)
            ?? First(_bySourcePosition, post.Mentions.Select(m => (m.Document, m.Position)));
        if (found is not null) _taken.Add(found);
        return found;
    }

    /// <summary>The lowest-id untaken candidate under any of the keys.</summary>
    private Post? First<TKey>(Dictionary<TKey, List<Post>> index, IEnumerable<TKey> keys) where TKey : notnull
    {
        Post? best = null;
        foreach (var key in keys)
        {
            if (index.TryGetValue(key, out var posts))
            {
                foreach (var post in posts)
                    if (!_taken.Contains(post) && (best is null || post.Id < best.Id)) { best = post; break; }
            }
        }

        return best;
    }

    private static void Index<TKey>(Dictionary<TKey, List<Post>> index, TKey key, Post post) where TKey : notnull
    {
        if (!index.TryGetValue(key, out var posts)) index[key] = posts = [];
        if (posts.Count == 0 || !ReferenceEquals(posts[^1], post)) posts.Add(post);
    }
}
