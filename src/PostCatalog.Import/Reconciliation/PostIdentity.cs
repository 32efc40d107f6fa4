using PostCatalog.Import.Readers;

namespace PostCatalog.Import.Reconciliation;

/// <summary>The mentions that are one real post, and which rules joined them.</summary>
public sealed class MentionGroup
{
    public List<PostMention> Mentions { get; } = [];
    public SortedSet<string> MatchedBy { get; } = new(StringComparer.Ordinal);
}

/// <summary>
/// Decides which mentions are the same post, in order of confidence: the URL slug (or WordPress id),
/// then the normalised title, then the excerpt (one a cut of the other). The excerpt rule is what keeps
/// a post renamed between scrapes as one post; it never joins posts whose URLs, ids or dates differ.
/// </summary>
public static class PostIdentity
{
    public static IReadOnlyList<MentionGroup> Group(IReadOnlyList<PostMention> mentions, IReadOnlyDictionary<PostMention, DateOnly> dates)
    {
        var parent = Enumerable.Range(0, mentions.Count).ToArray();
        var reasons = Enumerable.Range(0, mentions.Count).Select(_ => new SortedSet<string>(StringComparer.Ordinal)).ToArray();
        int Root(int i) => parent[i] == i ? i : parent[i] = Root(parent[i]);
        void Join(int a, int b, string rule)
        {
            var (ra, rb) = (Root(a), Root(b));
            if (ra == rb) return;
            var (keep, drop) = ra < rb ? (ra, rb) : (rb, ra);
            parent[drop] = keep;
            reasons[keep].UnionWith(reasons[drop]);
            reasons[keep].Add(rule);
        }
        void JoinBy(Func<PostMention, string?> key, string rule)
        {
            var first = new Dictionary<string, int>();
            for (var i = 0; i < mentions.Count; i++)
                if (key(mentions[i]) is { Length: > 0 } k)
                {
                    if (first.TryGetValue(k, out var j)) Join(j, i, rule);
                    else first[k] = i;
                }
        }

        JoinBy(m => UrlSlug(m.Url), "url");
        JoinBy(m => m.WordPressId?.ToString(), "url");
        JoinBy(m => Titles.Key(m.Title), "title");

        // Excerpts: compare whole groups so a conflict anywhere in either group blocks the join.
        for (var changed = true; changed;)
        {
            changed = false;
            var groups = Enumerable.Range(0, mentions.Count).GroupBy(Root).Select(g => g.ToList()).ToList();
            for (var a = 0; a < groups.Count && !changed; a++)
                for (var b = a + 1; b < groups.Count && !changed; b++)
                    if (SameExcerpt(groups[a], groups[b]) && !Conflict(groups[a], groups[b]))
                    {
                        Join(groups[a][0], groups[b][0], "excerpt");
                        changed = true;
                    }
        }

        return Enumerable.Range(0, mentions.Count).GroupBy(Root).Select(g =>
        {
            var group = new MentionGroup();
            group.Mentions.AddRange(g.Select(i => mentions[i]));
            group.MatchedBy.UnionWith(reasons[g.Key]);
            return group;
        }).ToList();

        bool SameExcerpt(List<int> x, List<int> y) =>
            x.Select(i => Excerpts.Parse(mentions[i].Excerpt)).OfType<Excerpt>()
             .Any(ex => y.Select(i => Excerpts.Parse(mentions[i].Excerpt)).OfType<Excerpt>().Any(ey => Excerpts.SameText(ex, ey)));

        bool Conflict(List<int> x, List<int> y) =>
            Differ(x, y, i => UrlSlug(mentions[i].Url)) ||
            Differ(x, y, i => mentions[i].WordPressId?.ToString()) ||
            Differ(x, y, i => dates.TryGetValue(mentions[i], out var d) ? d.ToString("O") : null);

        static bool Differ(List<int> x, List<int> y, Func<int, string?> value)
        {
            var xs = x.Select(value).OfType<string>().ToHashSet();
            var ys = y.Select(value).OfType<string>().ToHashSet();
            return xs.Count > 0 && ys.Count > 0 && !xs.Overlaps(ys);
        }
    }

    /// <summary>"https://engineering.atspotify.com/2024/05/data-platform-explained-part-ii/" -> "data-platform-explained-part-ii".</summary>
    public static string? UrlSlug(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)) return null;
        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments.Length == 0 ? null : segments[^1].ToLowerInvariant();
    }
}
