using System.Text;
using PostCatalog.Import.Documents;
using PostCatalog.Import.Readers;
using PostCatalog.Import.Reporting;
using PostCatalog.Import.Tests.Support;

namespace PostCatalog.Import.Tests.Documents;

/// <summary>Oversized documents are refused before they are read; invalid UTF-8 is reported at its byte.</summary>
public sealed class DocumentLimitsTests
{
    [Fact]
    public async Task A_document_over_MaxDocumentBytes_is_refused_with_its_size_and_the_others_import()
    {
        await using var catalog = await TempCatalog.CreateAsync();
        var folder = Path.Combine(catalog.Folder, "in");
        await Listings.WriteAsync(folder, "a-small.txt", Listings.Markdown("a", "2025-10-07T08:00:00", "Alpha Post"));
        await Listings.WriteAsync(folder, "b-big.txt", Listings.Markdown("b", "2025-10-07T08:00:00", Enumerable.Range(0, 200).Select(i => $"Post {i}").ToArray()));
        var importer = new CatalogImporter(options: new ImportOptions { MaxDocumentBytes = 4_000 });

        var report = await importer.ImportAsync([folder], catalog.Database.Options);

        var big = Assert.Single(report.Documents, d => d.Name == "b-big.txt");
        Assert.Equal(DocumentStatus.TooLarge, big.Status);
        Assert.Contains("over the limit of 4,000", big.Message);
        Assert.Contains("Import:MaxDocumentBytes", big.Message);
        Assert.Equal(1, report.Counts.Posts);
    }

    [Fact]
    public async Task Invalid_UTF8_is_replaced_and_warned_about_at_its_byte_offset_and_line()
    {
        await using var catalog = await TempCatalog.CreateAsync();
        var text = Listings.Markdown("a", "2025-10-07T08:00:00", "Alpha Post", "Beta Post");
        var bytes = Encoding.UTF8.GetBytes(text).ToList();
        var offset = text.IndexOf("Beta Post", StringComparison.Ordinal) + 4;   // ASCII before it, so chars = bytes
        bytes.Insert(offset, 0xFF);
        var path = Path.Combine(catalog.Folder, "bad-byte.txt");
        await File.WriteAllBytesAsync(path, bytes.ToArray());

        var report = await new CatalogImporter().ImportAsync([path], catalog.Database.Options);

        Assert.Equal(DocumentStatus.Read, Assert.Single(report.Documents).Status);
        var warning = Assert.Single(report.Warnings, w => w.Message.Contains("invalid UTF-8"));
        Assert.Contains($"byte {offset}", warning.Message);
        Assert.Equal($"line {text[..offset].Count(c => c == '\n') + 1}", warning.Position);
        Assert.Equal(2, report.Counts.Posts);
        Assert.Contains(report.Merges, m => m.Title == "Beta\uFFFD Post");
    }

    [Fact]
    public async Task A_format_that_skips_invalid_UTF8_refuses_the_document_naming_the_byte()
    {
        await using var catalog = await TempCatalog.CreateAsync();
        var path = Path.Combine(catalog.Folder, "bad.txt");
        await File.WriteAllBytesAsync(path, [.. Encoding.UTF8.GetBytes("sticky\nMar 1, 2024\nTitle"), 0xC3, 0x28]);
        var importer = new CatalogImporter([new StrictReader()]);

        var report = await importer.ImportAsync([path], catalog.Database.Options);

        var document = Assert.Single(report.Documents);
        Assert.Equal(DocumentStatus.Unreadable, document.Status);
        Assert.Contains("invalid UTF-8 at byte 24 (line 3)", document.Message);   // 0-based: the 25th byte
    }

    /// <summary>The plain listing reader, but refusing any invalid byte.</summary>
    private sealed class StrictReader : IDocumentReader
    {
        private readonly PlainListingReader _inner = new();
        public string Format => _inner.Format;
        public InvalidBytePolicy InvalidBytes => InvalidBytePolicy.Skip;
        public bool Recognizes(SourceDocument document) => _inner.Recognizes(document);
        public ReadResult Read(SourceDocument document) => _inner.Read(document);
    }
}
