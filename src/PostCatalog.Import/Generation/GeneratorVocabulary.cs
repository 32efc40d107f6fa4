using PostCatalog.Import.Reconciliation;

namespace PostCatalog.Import.Generation;

/// <summary>
/// The words and names a synthetic catalog is made of, all taken from the seed documents: the categories (with
/// their slugs and WordPress ids), tags, author first and last names, roles, and word successions of titles and
/// excerpts for <see cref="TextChain"/>. Lists are sorted so the vocabulary, and hence the catalog, is reproducible.
/// </summary>
public sealed class GeneratorVocabulary
{
    public required IReadOnlyList<(string Name, string Slug, int? WordPressId)> Categories { get; init; }
    public required IReadOnlyList<(string Name, string Slug)> Tags { get; init; }
    public required IReadOnlyList<string> FirstNames { get; init; }
    public required IReadOnlyList<string> LastNames { get; init; }
    /// <summary>Roles printed in bylines; the empty string stands for a byline without a role.</summary>
    public required IReadOnlyList<string> Roles { get; init; }
    public required TextChain Titles { get; init; }
    public required TextChain Excerpts { get; init; }

    /// <summary>Reads and reconciles the seed documents (no database is touched) and keeps their vocabulary.</summary>
    public static async Task<GeneratorVocabulary> FromDocumentsAsync(IReadOnlyList<string> paths, CancellationToken cancellationToken = default)
    {
        var (catalog, _) = await new CatalogImporter().ReadAsync(paths, cancellationToken);
        return From(catalog);
    }

    public static GeneratorVocabulary From(ReconciledCatalog catalog)
    {
        if (catalog.Posts.Count == 0 || catalog.Categories.Count == 0)
            throw new InvalidOperationException("The seed documents hold no posts or categories to draw a vocabulary from.");

        var names = catalog.Authors.Select(a => a.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(n => n.Length >= 2).ToList();
        var roles = catalog.Posts.SelectMany(p => p.Bylines).Select(b => b.Role ?? "").Distinct().Order(StringComparer.Ordinal).ToList();
        if (!roles.Contains("")) roles.Insert(0, "");

        return new GeneratorVocabulary
        {
            Categories = catalog.Categories.OrderBy(c => c.Name, StringComparer.Ordinal).Select(c => (c.Name, c.Slug, c.WordPressId)).ToList(),
            Tags = catalog.Tags.OrderBy(t => t.Name, StringComparer.Ordinal).Select(t => (t.Name, t.Slug))
                // A few more tags from the category vocabulary, so tag facets have some breadth.
                .Concat(catalog.Categories.Select(c => (c.Name, c.Slug)))
                .DistinctBy(t => t.Slug).OrderBy(t => t.Slug, StringComparer.Ordinal).ToList(),
            FirstNames = names.Select(n => n[0]).Distinct().Order(StringComparer.Ordinal).ToList(),
            LastNames = names.Select(n => string.Join(' ', n.Skip(1))).Distinct().Order(StringComparer.Ordinal).ToList(),
            Roles = roles,
            Titles = TextChain.Learn(catalog.Posts.Select(p => p.Title).Order(StringComparer.Ordinal)),
            Excerpts = TextChain.Learn(catalog.Posts.Select(p => p.Excerpt).OfType<string>().Order(StringComparer.Ordinal)),
        };
    }
}
