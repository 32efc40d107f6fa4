using PostCatalog.Import.Documents;

namespace PostCatalog.Import.Readers;

/// <summary>Reads one document format. Readers are picked by content (<see cref="Recognizes"/>), never by file name.</summary>
public interface IDocumentReader
{
    /// <summary>Short format name kept in provenance, e.g. "wordpress-html".</summary>
    string Format { get; }

    /// <summary>
    /// What to do with a document of this format that is not valid UTF-8. Replace (the default): read it with
    /// U+FFFD for each bad sequence and warn with the byte offset; right for the line- and markup-based formats
    /// here, where a bad byte damages one line or one text node and the rest of the page is still good.
    /// Skip: refuse the whole document, for a format where one bad byte makes the rest untrustworthy.
    /// </summary>
    InvalidBytePolicy InvalidBytes => InvalidBytePolicy.Replace;

    bool Recognizes(SourceDocument document);

    /// <summary>Never throws on bad content: problems become warnings at their position.</summary>
    ReadResult Read(SourceDocument document);
}

public enum InvalidBytePolicy { Replace, Skip }
