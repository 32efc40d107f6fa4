using PostCatalog.Import.Documents;

namespace PostCatalog.Import.Readers;

/// <summary>The known formats, most specific first: the first reader that recognises a document reads it.</summary>
public static class DocumentReaders
{
    public static IReadOnlyList<IDocumentReader> All { get; } =
    [
        new WordPressHtmlReader(),
        new MarkdownListingReader(),
        new FeedDigestReader(),
        new PlainListingReader(),
    ];

    public static IDocumentReader? Choose(SourceDocument document, IReadOnlyList<IDocumentReader>? readers = null)
        => (readers ?? All).FirstOrDefault(r => r.Recognizes(document));
}
