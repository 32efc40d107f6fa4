using PostCatalog.Import.Readers;
using PostCatalog.Import.Reporting;

namespace PostCatalog.Import.Reconciliation;

/// <summary>
/// Turns every document's mentions into one catalog, applying one rule per concern:
/// <see cref="TestEntryRule"/> (quarantine), <see cref="CategoryVocabulary"/>, <see cref="PublishedDates"/>,
/// <see cref="PostIdentity"/> (merging), <see cref="Titles"/>, <see cref="Excerpts"/>, <see cref="BylineParser"/>.
/// Pure: no database, same input gives the same catalog in the same order.
/// </summary>
public static class Reconciler
{
    public static ReconciledCatalog Reconcile(IReadOnlyList<ReadResult> documents)
    {
        var catalog = new ReconciledCatalog();
        var declarations = documents.SelectMany(d => d.Categories).ToList();
        var allMentions = documents.SelectMany(d => d.Mentions).ToList();

        // Quarantine first, so a test entry can neither merge into a real post nor add a category.
        var draftVocabulary = BuildVocabulary(declarations, allMentions);
        var mentions = new List<PostMention>();
        foreach (var mention in allMentions)
        {
            if (TestEntryRule.Reason(mention, draftVocabulary) is { } reason)
                catalog.Quarantined.Add(new QuarantinedEntry(mention.Document, mention.Position, mention.Title, reason));
            else
                mentions.Add(mention);
        }

        var vocabulary = BuildVocabulary(declarations, mentions);
        catalog.Warnings.AddRange(vocabulary.SettleDeclaredCounts().ToList());

        // By reference: a mention is a record, and hashing all its text on every lookup cost more than the rest.
        var dates = new Dictionary<PostMention, DateOnly>(ReferenceEqualityComparer.Instance);
        foreach (var mention in mentions.Where(m => m.DateText is not null))
        {
            if (PublishedDates.TryParse(mention.DateText, out var date))
            {
                dates[mention] = date;
            }
            else
            {
                catalog.Warnings.Add(new ImportWarning(mention.Document, mention.Position,
                    $"date \"{mention.DateText}\" of \"{mention.Title}\" does not parse; ignored"));
            }
        }

        var seen = new Seen();
        var groups = PostIdentity.Group(mentions, dates);
        foreach (var group in groups)
            catalog.Posts.Add(BuildPost(group, dates, vocabulary, catalog, seen));

        var ordered = catalog.Posts.OrderBy(p => p.PublishedAt is null).ThenBy(p => p.PublishedAt).ThenBy(p => p.Title, StringComparer.Ordinal).ToList();
        catalog.Posts.Clear();
        catalog.Posts.AddRange(ordered);
        DeriveMissingSlugs(catalog.Posts);
        catalog.Categories.AddRange(vocabulary.Entries.OrderBy(c => c.Name, StringComparer.Ordinal));
        catalog.Tags.Sort((a, b) => string.CompareOrdinal(a.Slug, b.Slug));
        catalog.Authors.Sort((a, b) => string.CompareOrdinal(a.Slug, b.Slug));
        return catalog;
    }

    /// <summary>
    /// A post no document gives a URL for gets the slug WordPress would make from its title ("Spotify’s FOSS Fund"
    /// -> "spotifys-foss-fund"), so post(slug:) finds every post. Slugs from URLs are the site's own and come first;
    /// a derived slug that is taken gets WordPress's "-2", "-3" suffix, in catalog order (date, then title).
    /// </summary>
    private static void DeriveMissingSlugs(List<ReconciledPost> posts)
    {
        var taken = posts.Where(p => p.Slug is not null).Select(p => p.Slug!).ToHashSet(StringComparer.Ordinal);
        foreach (var post in posts.Where(p => p.Slug is null))
        {
            var slug = Slugs.Slugify(post.Title);
            for (var n = 2; !taken.Add(slug); n++) slug = $"{Slugs.Slugify(post.Title)}-{n}";
            post.Slug = slug;
            post.IsSlugDerived = true;
        }
    }

    /// <summary>Tags and authors already added to the catalog, by slug.</summary>
    private sealed class Seen
    {
        public HashSet<string> Tags { get; } = new(StringComparer.Ordinal);
        public HashSet<string> Authors { get; } = new(StringComparer.Ordinal);
    }

    private static CategoryVocabulary BuildVocabulary(IReadOnlyList<CategoryDeclaration> declarations, IReadOnlyList<PostMention> mentions)
    {
        // References with a slug or WordPress id first: they carry the site's own names and slugs.
        var vocabulary = new CategoryVocabulary();
        var references = declarations.Select(d => (Ref: d.Category, Declaration: (CategoryDeclaration?)d))
            .Concat(mentions.SelectMany(m => m.Categories).Select(c => (Ref: c, Declaration: (CategoryDeclaration?)null)))
            .ToList();
        foreach (var (reference, declaration) in references.OrderBy(r => r.Ref.Slug is null && r.Ref.WordPressId is null))
        {
            if (declaration is not null) vocabulary.Declare(declaration);
            else vocabulary.Add(reference);
        }
        return vocabulary;
    }

    private static ReconciledPost BuildPost(MentionGroup group, Dictionary<PostMention, DateOnly> dates, CategoryVocabulary vocabulary, ReconciledCatalog catalog, Seen seen)
    {
        var byAuthority = group.Mentions.OrderBy(m => FormatAuthority.Rank(m.Format)).ToList();
        var title = Titles.Best(group.Mentions);

        var url = Single(byAuthority, m => m.Url, "URL");
        var wordPressId = Single(byAuthority, m => m.WordPressId?.ToString(), "WordPress id");
        var date = Single(byAuthority, m => dates.TryGetValue(m, out var d) ? d.ToString("yyyy-MM-dd") : null, "date");
        var excerpt = Excerpts.Fullest(group.Mentions.Select(m => Excerpts.Parse(m.Excerpt)));

        var post = new ReconciledPost
        {
            Title = title,
            Url = url,
            Slug = PostIdentity.UrlSlug(url),
            WordPressId = wordPressId is null ? null : int.Parse(wordPressId),
            PublishedAt = date is null ? null : DateOnly.ParseExact(date, "yyyy-MM-dd"),
            Excerpt = excerpt?.Text,
            IsExcerptTruncated = excerpt?.IsTruncated ?? false,
            ThumbnailUrl = byAuthority.Select(m => m.ThumbnailUrl).FirstOrDefault(t => t is not null),
            Mentions = group.Mentions,
            MatchedBy = group.MatchedBy,
        };

        var categories = new List<CategoryEntry>();
        foreach (var mention in group.Mentions)
        {
            categories.AddRange(mention.Categories.Select(c => vocabulary.Find(c)!));
            if (mention.RunTogetherCategories is not { } runTogether) continue;
            var (known, unknown) = vocabulary.SplitRunTogether(runTogether);
            categories.AddRange(known);
            foreach (var piece in unknown)
            {
                catalog.Warnings.Add(new ImportWarning(mention.Document, mention.Position,
                    $"category \"{piece}\" in \"{runTogether}\" is not in the vocabulary; added as a new category"));
                categories.Add(vocabulary.Add(new CategoryRef(piece)));
            }
        }
        post.CategorySlugs.AddRange(categories.Distinct().OrderBy(c => c.Name, StringComparer.Ordinal).Select(c => c.Slug));

        foreach (var tag in group.Mentions.SelectMany(m => m.Tags).DistinctBy(t => t.Slug).OrderBy(t => t.Slug, StringComparer.Ordinal))
        {
            post.TagSlugs.Add(tag.Slug);
            if (seen.Tags.Add(tag.Slug))
                catalog.Tags.Add(new ReconciledTag(tag.Name ?? Slugs.Humanize(tag.Slug), tag.Slug));
        }

        // The most informative byline (most authors and roles) when several documents print one.
        var byline = byAuthority.Where(m => m.BylineText is not null)
            .Select(m => BylineParser.Parse(m.BylineText))
            .OrderByDescending(b => b.Count + b.Count(a => a.Role is not null))
            .FirstOrDefault() ?? [];
        foreach (var author in byline)
        {
            var slug = Slugs.Slugify(author.Name);
            if (post.Bylines.Any(b => b.AuthorSlug == slug)) continue;
            post.Bylines.Add((slug, author.Role));
            if (seen.Authors.Add(slug))
                catalog.Authors.Add(new ReconciledAuthor(author.Name, slug));
        }
        return post;

        // The most authoritative value, warning when documents print different ones.
        string? Single(List<PostMention> mentions, Func<PostMention, string?> value, string what)
        {
            var values = mentions.Select(m => (Mention: m, Value: value(m))).Where(v => v.Value is not null).ToList();
            if (values.Select(v => v.Value).Distinct().Count() > 1)
            {
                catalog.Warnings.Add(new ImportWarning(values[0].Mention.Document, values[0].Mention.Position,
                    $"documents disagree on the {what} of \"{title}\": " +
                    string.Join(", ", values.Select(v => $"{v.Value} ({v.Mention.Document} {v.Mention.Position})")) +
                    $"; kept {values[0].Value}"));
            }

            return values.FirstOrDefault().Value;
        }
    }
}
