using PostCatalog.Import.Reporting;

namespace PostCatalog.Import.Documents;

/// <summary>
/// Expands files and directories into documents, in name order so imports are deterministic. A file over
/// <see cref="ImportOptions.MaxDocumentBytes"/> is refused from its size, before a byte is read; the others are
/// read once (bytes, hashed, then decoded; the bytes are dropped). Invalid UTF-8 is replaced and recorded on the
/// document; NUL bytes mean a binary file, which is refused.
/// </summary>
public static class DocumentLoader
{
    public static async Task<LoadedDocuments> LoadAsync(IReadOnlyList<string> paths, ImportOptions options, CancellationToken cancellationToken)
    {
        var files = new List<string>();
        var failed = new List<DocumentResult>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
                files.AddRange(Directory.EnumerateFiles(path).Where(f => !Path.GetFileName(f).StartsWith('.')).Order(StringComparer.Ordinal));
            else if (File.Exists(path))
                files.Add(path);
            else
                failed.Add(new DocumentResult(Path.GetFileName(path), null, DocumentStatus.Unreadable, 0, "no such file or directory"));
        }

        var documents = new List<SourceDocument>();
        foreach (var file in files.Distinct())
        {
            var name = Path.GetFileName(file);
            try
            {
                var size = new FileInfo(file).Length;
                if (size > options.MaxDocumentBytes)
                {
                    failed.Add(new DocumentResult(name, null, DocumentStatus.TooLarge, 0,
                        $"{size:N0} bytes, over the limit of {options.MaxDocumentBytes:N0} (Import:MaxDocumentBytes)"));
                    continue;
                }
                var bytes = await File.ReadAllBytesAsync(file, cancellationToken);
                if (bytes.AsSpan().IndexOf((byte)0) is var nul and >= 0)
                    throw new InvalidDataException($"binary content (a NUL byte at byte {nul})");
                var (text, invalid) = Utf8Text.Decode(bytes);
                documents.Add(new SourceDocument(name, text, file, ContentHashes.Of(bytes), bytes.LongLength, invalid));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                failed.Add(new DocumentResult(name, null, DocumentStatus.Unreadable, 0, e.Message));
            }
        }
        return new LoadedDocuments(documents, failed);
    }
}

/// <summary>The documents that loaded, and what became of the files that did not.</summary>
public sealed record LoadedDocuments(IReadOnlyList<SourceDocument> Documents, IReadOnlyList<DocumentResult> Failed);
