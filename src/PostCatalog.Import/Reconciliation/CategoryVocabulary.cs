using PostCatalog.Import.Readers;
using PostCatalog.Import.Reporting;

namespace PostCatalog.Import.Reconciliation;

/// <summary>One category of the vocabulary, with everything any document tells about it.</summary>
public sealed class CategoryEntry
{
    private string _name = "", _slug = "";

    public required string Name { get => _name; set { _name = value; NameKey = Slugs.Key(value); } }
    public required string Slug { get => _slug; set { _slug = value; SlugKey = Slugs.Key(value); } }
    /// <summary><see cref="Slugs.Key"/> of the name and slug, kept with them: lookups compare keys many times.</summary>
    internal string NameKey { get; private set; } = "";
    internal string SlugKey { get; private set; } = "";
    public int? WordPressId { get; set; }
    public int? DeclaredPostCount { get; set; }
    /// <summary>Where each declared count was printed, to report disagreements.</summary>
    public List<(int Count, string Document, string Position)> DeclaredCounts { get; } = [];
    internal int NameRank { get; set; }
    internal bool SlugFromDocument { get; set; }
}

/// <summary>
/// One vocabulary of categories: names ("DATA SCIENCE", "Data Science", "Data-Science"), slugs
/// ("data-science", WordPress's "maching-learning" for Machine Learning) and WordPress ids all resolve
/// to the same entry. Also splits lists printed without separators ("DataData SciencePlatform").
/// </summary>
public sealed class CategoryVocabulary
{
    private readonly List<CategoryEntry> _entries = [];

    public IReadOnlyList<CategoryEntry> Entries => _entries;

    public CategoryEntry? Find(CategoryRef reference) =>
        (reference.WordPressId is { } id ? _entries.FirstOrDefault(e => e.WordPressId == id) : null)
        ?? (reference.Slug is { } slug ? _entries.FirstOrDefault(e => e.Slug == slug) : null)
        ?? (reference.Name is { } name ? FindByName(name) : null);

    public CategoryEntry? FindByName(string name)
    {
        var key = Slugs.Key(name);
        return _entries.FirstOrDefault(e => e.NameKey == key || e.SlugKey == key);
    }

    /// <summary>Adds the category, or merges what this reference knows into the entry it names.</summary>
    public CategoryEntry Add(CategoryRef reference)
    {
        var entry = Find(reference);
        var nameRank = NameRank(reference);
        if (entry is null)
        {
            entry = new CategoryEntry
            {
                Name = Slugs.CapitalizeIfShouting(reference.Name ?? Slugs.Humanize(reference.Slug ?? "uncategorized")),
                Slug = reference.Slug ?? Slugs.Slugify(reference.Name!),
                WordPressId = reference.WordPressId,
                NameRank = nameRank,
                SlugFromDocument = reference.Slug is not null,
            };
            _entries.Add(entry);
            return entry;
        }

        entry.WordPressId ??= reference.WordPressId;
        if (reference.Slug is { } slug && !entry.SlugFromDocument)
        {
            entry.Slug = slug;
            entry.SlugFromDocument = true;
        }
        if (reference.Name is { } name && nameRank < entry.NameRank)
        {
            entry.Name = Slugs.CapitalizeIfShouting(name);
            entry.NameRank = nameRank;
        }
        return entry;
    }

    public void Declare(CategoryDeclaration declaration)
    {
        var entry = Add(declaration.Category);
        if (declaration.DeclaredPostCount is { } count)
            entry.DeclaredCounts.Add((count, declaration.Document, declaration.Position));
    }

    /// <summary>Settles each category's declared post count: the largest printed, with a warning when documents disagree.</summary>
    public IEnumerable<ImportWarning> SettleDeclaredCounts()
    {
        foreach (var entry in _entries.Where(e => e.DeclaredCounts.Count > 0))
        {
            entry.DeclaredPostCount = entry.DeclaredCounts.Max(c => c.Count);
            if (entry.DeclaredCounts.Select(c => c.Count).Distinct().Count() > 1)
            {
                yield return new ImportWarning(entry.DeclaredCounts[0].Document, entry.DeclaredCounts[0].Position,
                    $"documents declare different post counts for category \"{entry.Name}\": " +
                    string.Join(", ", entry.DeclaredCounts.Select(c => $"{c.Count} ({c.Document} {c.Position})")) +
                    $"; kept the largest, {entry.DeclaredPostCount}");
            }
        }
    }

    /// <summary>
    /// Splits "DataData SciencePeoplePlatform" into known names (Data, Data Science, People, Platform),
    /// using as few pieces as possible. Text no known name covers is cut where a lower-case letter meets
    /// an upper-case one ("TestThis is a new cat" -> "Test", "This is a new cat") and returned as unknown.
    /// </summary>
    public (IReadOnlyList<CategoryEntry> Known, IReadOnlyList<string> Unknown) SplitRunTogether(string text)
    {
        text = text.Trim();
        const int unknownCost = 1000;
        var n = text.Length;
        var cost = new int[n + 1];
        var step = new (int Next, CategoryEntry? Entry)[n + 1];
        Array.Fill(cost, int.MaxValue);
        cost[n] = 0;
        for (var i = n - 1; i >= 0; i--)
        {
            foreach (var entry in _entries)
            {
                var name = entry.Name;
                if (i + name.Length <= n && string.Compare(text, i, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0
                    && cost[i + name.Length] != int.MaxValue && cost[i + name.Length] + 1 < cost[i])
                {
                    cost[i] = cost[i + name.Length] + 1;
                    step[i] = (i + name.Length, entry);
                }
            }
            var boundary = NextCaseBoundary(text, i);
            if (cost[boundary] != int.MaxValue && cost[boundary] + unknownCost < cost[i])
            {
                cost[i] = cost[boundary] + unknownCost;
                step[i] = (boundary, null);
            }
        }

        var known = new List<CategoryEntry>();
        var unknown = new List<string>();
        for (var i = 0; i < n; i = step[i].Next)
        {
            if (step[i].Entry is { } entry) { if (!known.Contains(entry)) known.Add(entry); }
            else if (text[i..step[i].Next].Trim() is { Length: > 0 } piece)
            {
                unknown.Add(piece);
            }
        }
        return (known, unknown);
    }

    private static int NextCaseBoundary(string text, int from)
    {
        for (var j = from + 1; j < text.Length; j++)
            if (char.IsLower(text[j - 1]) && char.IsUpper(text[j])) return j;
        return text.Length;
    }

    // Names printed with a link (slug or id) are the site's own spelling; then mixed case; capitals last.
    private static int NameRank(CategoryRef reference) =>
        reference.Slug is not null || reference.WordPressId is not null ? 0
        : reference.Name is { } name && name.Any(char.IsLower) && !name.Contains('-') ? 1 : 2;
}
