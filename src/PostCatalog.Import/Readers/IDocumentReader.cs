using PostCatalog.Import.Documents;

namespace PostCatalog.Import.Readers;

/// <summary>Reads one document format. Readers are picked by content (<see cref="Recognizes"/>), never by file name.</summary>
public interface IDocumentReader
{
    /// <summary>Short format name kept in provenance, e.g. "wordpress-html".</summary>
    string Format { get; }

    bool Recognizes(SourceDocument document);

    /// <summary>Never throws on bad content: problems become warnings at their position.</summary>
    ReadResult Read(SourceDocument document);
}
