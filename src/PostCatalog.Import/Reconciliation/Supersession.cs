using PostCatalog.Import.Readers;
using PostCatalog.Import.Reporting;

namespace PostCatalog.Import.Reconciliation;

/// <summary>One read document with what decides whether a later scrape supersedes it.</summary>
public sealed record ReadDocument(string Name, string Format, ReadResult Result, DateTimeOffset ImportedAt)
{
    /// <summary>The scrape time the document prints, else when it was first imported.</summary>
    public DateTimeOffset EffectiveTime => Result.ScrapedAt ?? ImportedAt;
}

/// <summary>
/// A later scrape of the same page supersedes the earlier ones: among documents of the same format and the same
/// source URL (compared without scheme case, host case or a trailing slash), only the one with the latest scrape
/// time counts (ties: the later name). The format is part of the key because a Markdown scrape and a saved HTML
/// page of the same address are different documents that print different facts (the seeds have both of the home
/// page). Documents that name no source never supersede each other.
/// </summary>
public static class Supersession
{
    public static (IReadOnlyList<ReadDocument> Active, IReadOnlyList<SupersededDocument> Superseded) Apply(IReadOnlyList<ReadDocument> documents)
    {
        var superseded = new List<SupersededDocument>();
        var latest = new Dictionary<(string Format, string Source), ReadDocument>();
        foreach (var document in documents)
        {
            if (Key(document) is not { } key) continue;
            if (!latest.TryGetValue(key, out var current) || Later(document, current)) latest[key] = document;
        }

        var active = new List<ReadDocument>(documents.Count);
        foreach (var document in documents)
        {
            if (Key(document) is { } key && latest[key] is var winner && !ReferenceEquals(winner, document))
                superseded.Add(new SupersededDocument(document.Name, winner.Name, document.Result.SourceUrl!, document.Result.Mentions.Count));
            else
                active.Add(document);
        }
        return (active, superseded);
    }

    private static bool Later(ReadDocument a, ReadDocument b) =>
        a.EffectiveTime != b.EffectiveTime ? a.EffectiveTime > b.EffectiveTime : string.CompareOrdinal(a.Name, b.Name) > 0;

    private static (string, string)? Key(ReadDocument document) =>
        Normalize(document.Result.SourceUrl) is { } source ? (document.Format, source) : null;

    /// <summary>"https://Engineering.atspotify.com/" and "https://engineering.atspotify.com" are one page.</summary>
    public static string? Normalize(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) return null;
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)) return url.Trim();
        return $"{uri.Scheme}://{uri.Host.ToLowerInvariant()}{(uri.IsDefaultPort ? "" : $":{uri.Port}")}{uri.AbsolutePath.TrimEnd('/')}{uri.Query}";
    }
}
