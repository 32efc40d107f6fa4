using System.Text;
using PostCatalog.Import.Reporting;

namespace PostCatalog.Import.Documents;

/// <summary>Expands files and directories into documents, in name order so imports are deterministic.</summary>
public static class DocumentLoader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static async Task<IReadOnlyList<SourceDocument>> LoadAsync(
        IReadOnlyList<string> paths, ImportReport report, CancellationToken cancellationToken)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
                files.AddRange(Directory.EnumerateFiles(path).Where(f => !Path.GetFileName(f).StartsWith('.')).Order(StringComparer.Ordinal));
            else if (File.Exists(path))
                files.Add(path);
            else
                report.AddDocument(new DocumentResult(Path.GetFileName(path), null, DocumentStatus.Unreadable, 0, "no such file or directory"));
        }

        var documents = new List<SourceDocument>();
        foreach (var file in files.Distinct())
        {
            var name = Path.GetFileName(file);
            try
            {
                var bytes = await File.ReadAllBytesAsync(file, cancellationToken);
                var text = StrictUtf8.GetString(bytes).TrimStart('\uFEFF');
                if (text.Contains('\0'))
                    throw new InvalidDataException("binary content (NUL bytes)");
                documents.Add(new SourceDocument(name, text, file));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or DecoderFallbackException or InvalidDataException)
            {
                report.AddDocument(new DocumentResult(name, null, DocumentStatus.Unreadable, 0, e is DecoderFallbackException ? "not UTF-8 text" : e.Message));
            }
        }
        return documents;
    }
}
