namespace PostCatalog.Import.Reporting;

/// <summary>
/// A stored scrape whose mentions no longer count, because a later scrape of the same page is stored:
/// <paramref name="SourceUrl"/> is the page both print, <paramref name="SupersededBy"/> the later document.
/// It stays stored: remove the later one and it counts again.
/// </summary>
public sealed record SupersededDocument(string Document, string SupersededBy, string SourceUrl, int Mentions);
