using PostCatalog.Catalog;

namespace PostCatalog.Api.Tests.Catalog;

/// <summary>
/// Orders a client can send for posts, each with the order it must produce computed in memory: keys in the order
/// given, null as the smallest value (first ascending, last descending), strings ordinal, the id as the last tie-breaker
/// in the direction of the last key (descending after a descending key, so an index on that key serves the order).
/// </summary>
public static class PostOrders
{
    public static readonly Dictionary<string, (string Order, Func<IEnumerable<Post>, IEnumerable<Post>> Sort)> All = new()
    {
        ["default (newest first)"] = ("null", ps => ps.OrderByDescending(p => p.PublishedAt).ThenByDescending(p => p.Id)),
        ["publishedAt DESC, title ASC"] = ("[{ publishedAt: DESC }, { title: ASC }]",
            ps => ps.OrderByDescending(p => p.PublishedAt).ThenBy(p => p.Title, StringComparer.Ordinal).ThenBy(p => p.Id)),
        ["title ASC"] = ("[{ title: ASC }]", ps => ps.OrderBy(p => p.Title, StringComparer.Ordinal).ThenBy(p => p.Id)),
        ["isExcerptTruncated ASC, title DESC"] = ("[{ isExcerptTruncated: ASC }, { title: DESC }]",
            ps => ps.OrderBy(p => p.IsExcerptTruncated).ThenByDescending(p => p.Title, StringComparer.Ordinal).ThenByDescending(p => p.Id)),
        ["slug ASC (nulls first), publishedAt DESC"] = ("[{ slug: ASC }, { publishedAt: DESC }]",
            ps => ps.OrderBy(p => p.Slug, StringComparer.Ordinal).ThenByDescending(p => p.PublishedAt).ThenByDescending(p => p.Id)),
        // One sort object with several fields applies them in the order written, as HotChocolate does (not schema order).
        ["one object: publishedAt DESC, title ASC"] = ("{ publishedAt: DESC, title: ASC }",
            ps => ps.OrderByDescending(p => p.PublishedAt).ThenBy(p => p.Title, StringComparer.Ordinal).ThenBy(p => p.Id)),
        ["one object: isExcerptTruncated ASC, title DESC"] = ("{ isExcerptTruncated: ASC, title: DESC }",
            ps => ps.OrderBy(p => p.IsExcerptTruncated).ThenByDescending(p => p.Title, StringComparer.Ordinal).ThenByDescending(p => p.Id)),
        ["wordPressId DESC (nulls last)"] = ("[{ wordPressId: DESC }]", ps => ps.OrderByDescending(p => p.WordPressId).ThenByDescending(p => p.Id)),
    };

    public static TheoryData<string> Names => [.. All.Keys];
}
