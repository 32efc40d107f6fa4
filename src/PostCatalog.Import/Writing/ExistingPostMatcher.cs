using PostCatalog.Catalog;
using PostCatalog.Import.Reconciliation;

namespace PostCatalog.Import.Writing;

/// <summary>
/// Finds the stored row for a reconciled post by its natural keys, so a re-import updates rows in
/// place (same ids): WordPress id, slug, URL, then title, then any title or position its sources had.
/// </summary>
internal static class ExistingPostMatcher
{
    public static Post? Find(IReadOnlyList<Post> candidates, ReconciledPost post)
    {
        var titleKeys = post.Mentions.Select(m => Titles.Key(m.Title)).Append(Titles.Key(post.Title)).ToHashSet();
        var positions = post.Mentions.Select(m => (m.Document, m.Position)).ToHashSet();
        return candidates.FirstOrDefault(c => post.WordPressId is not null && c.WordPressId == post.WordPressId)
            ?? candidates.FirstOrDefault(c => post.Slug is not null && c.Slug == post.Slug)
            ?? candidates.FirstOrDefault(c => post.Url is not null && c.Url == post.Url)
            ?? candidates.FirstOrDefault(c => Titles.Key(c.Title) == Titles.Key(post.Title))
            ?? candidates.FirstOrDefault(c => titleKeys.Contains(Titles.Key(c.Title)))
            ?? candidates.FirstOrDefault(c => c.Sources.Any(s => s.Title is not null && titleKeys.Contains(Titles.Key(s.Title))))
            ?? candidates.FirstOrDefault(c => c.Sources.Any(s => positions.Contains((s.Document, s.Position!))));
    }
}
