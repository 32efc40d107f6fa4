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
            {
                if (key(mentions[i]) is { Length: > 0 } k)
                {
                    if (first.TryGetValue(k, out var j)) Join(j, i, rule);
                    else first[k] = i;
                }
            }
        }

        JoinBy(m => UrlSlug(m.Url), "url");
        JoinBy(m => m.WordPressId?.ToString(), "url");
        JoinBy(m => Titles.Key(m.Title), "title");

        JoinByExcerpt(mentions, dates, Root, Join);

        return Enumerable.Range(0, mentions.Count).GroupBy(Root).Select(g =>
        {
            var group = new MentionGroup();
            group.Mentions.AddRange(g.Select(i => mentions[i]));
            group.MatchedBy.UnionWith(reasons[g.Key]);
            return group;
        }).ToList();
    }

    /// <summary>
    /// Joins groups whose excerpts are one a cut of the other, unless their URLs, ids or dates differ (compared over
    /// whole groups, so a conflict anywhere in either group blocks the join). Linear apart from a sort: the excerpt
    /// keys are sorted, so every key that starts with another follows it directly; only those pairs are tried.
    /// Repeated until nothing joins, because a join can make two groups agree that conflicted before.
    /// </summary>
    private static void JoinByExcerpt(IReadOnlyList<PostMention> mentions, IReadOnlyDictionary<PostMention, DateOnly> dates,
        Func<int, int> root, Action<int, int, string> join)
    {
        const int minimumLength = Excerpts.MinimumSameTextLength;
        var keys = new List<(string Key, int Mention)>();
        for (var i = 0; i < mentions.Count; i++)
        {
            if (Excerpts.Parse(mentions[i].Excerpt) is { } excerpt && Slugs.Key(excerpt.Text) is { Length: >= minimumLength } key)
                keys.Add((key, i));
        }

        if (keys.Count < 2) return;

        // Facts that must not differ, per group root; merged into the kept root on each join.
        var facts = new Dictionary<int, GroupFacts>();
        for (var i = 0; i < mentions.Count; i++)
        {
            var r = root(i);
            if (!facts.TryGetValue(r, out var f)) facts[r] = f = new GroupFacts();
            f.Add(mentions[i], dates);
        }

        for (var changed = true; changed;)
        {
            changed = false;
            // One entry per (key, group): copies of a document repeat the same excerpt in the same group.
            var entries = keys.Select(k => (k.Key, Root: root(k.Mention))).Distinct().ToList();
            entries.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key) is var c and not 0 ? c : a.Root.CompareTo(b.Root));
            for (var a = 0; a < entries.Count; a++)
            {
                for (var b = a + 1; b < entries.Count && entries[b].Key.StartsWith(entries[a].Key, StringComparison.Ordinal); b++)
                {
                    var (ra, rb) = (root(entries[a].Root), root(entries[b].Root));
                    if (ra == rb) continue;
                    var (fa, fb) = (facts[ra], facts[rb]);
                    if (fa.ConflictsWith(fb)) continue;
                    join(ra, rb, "excerpt");
                    var kept = root(ra);
                    facts[kept] = GroupFacts.Merge(fa, fb);
                    changed = true;
                }
            }
        }
    }

    /// <summary>A group's URL slugs, WordPress ids and dates.</summary>
    private sealed class GroupFacts
    {
        private HashSet<string> _slugs = [];
        private HashSet<int> _ids = [];
        private HashSet<DateOnly> _dates = [];

        public void Add(PostMention mention, IReadOnlyDictionary<PostMention, DateOnly> dates)
        {
            if (UrlSlug(mention.Url) is { Length: > 0 } slug) _slugs.Add(slug);
            if (mention.WordPressId is { } id) _ids.Add(id);
            if (dates.TryGetValue(mention, out var date)) _dates.Add(date);
        }

        public bool ConflictsWith(GroupFacts other) =>
            Differ(_slugs, other._slugs) || Differ(_ids, other._ids) || Differ(_dates, other._dates);

        private static bool Differ<T>(HashSet<T> x, HashSet<T> y) => x.Count > 0 && y.Count > 0 && !x.Overlaps(y);

        public static GroupFacts Merge(GroupFacts a, GroupFacts b)
        {
            var merged = new GroupFacts { _slugs = [.. a._slugs], _ids = [.. a._ids], _dates = [.. a._dates] };
            merged._slugs.UnionWith(b._slugs);
            merged._ids.UnionWith(b._ids);
            merged._dates.UnionWith(b._dates);
            return merged;
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
