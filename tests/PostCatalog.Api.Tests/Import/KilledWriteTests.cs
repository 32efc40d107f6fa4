using Microsoft.Data.Sqlite;
using PostCatalog.Api.Tests.Infrastructure;
using PostCatalog.Catalog;
using PostCatalog.Import;

namespace PostCatalog.Api.Tests.Import;

/// <summary>
/// <c>import</c> and <c>generate</c>, run as the real process and killed with SIGKILL half way through their write
/// transaction, leave the previous catalog intact and passing <c>PRAGMA integrity_check</c>.
/// </summary>
public sealed class KilledWriteTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("postcatalog-killed-").FullName;

    [SqliteOnlyFact("kills a process writing a SQLite file and checks the file with PRAGMA integrity_check")]
    public async Task An_import_killed_half_way_leaves_the_previous_catalog_intact_and_passing_integrity_check()
    {
        var (path, before) = await SeededCatalogAsync();
        var documents = Path.Combine(_directory, "documents");
        WriteListings(documents, count: 2_000);

        var killed = await KilledProcess.RunAndKillWhileWritingAsync(path, TimeSpan.FromMilliseconds(150), "import", documents);

        Assert.True(killed, "the import finished before it could be killed half way; give it more documents");
        Assert.Equal("ok", KilledProcess.IntegrityCheck(path));
        Assert.Equal(before, KilledProcess.Summary(path));
    }

    [SqliteOnlyFact("kills a process writing a SQLite file and checks the file with PRAGMA integrity_check")]
    public async Task A_generate_killed_half_way_leaves_the_previous_catalog_intact_and_passing_integrity_check()
    {
        var (path, before) = await SeededCatalogAsync();

        var killed = await KilledProcess.RunAndKillWhileWritingAsync(path, TimeSpan.FromMilliseconds(300),
            "generate", "--posts", "1000000", "--replace", "--seeds", RepositoryRoot.Combine("seeds"));

        Assert.True(killed, "generate finished before it could be killed half way; give it more posts");
        Assert.Equal("ok", KilledProcess.IntegrityCheck(path));
        Assert.Equal(before, KilledProcess.Summary(path));
    }

    /// <summary>A catalog with the seeds imported, and its summary before anything is killed.</summary>
    private async Task<(string Path, string Before)> SeededCatalogAsync()
    {
        var path = Path.Combine(_directory, "catalog.db");
        var database = await CatalogDatabase.OpenAsync(path);
        await new CatalogImporter().ImportAsync([RepositoryRoot.Combine("seeds")], database.Options);
        SqliteConnection.ClearAllPools();
        return (path, KilledProcess.Summary(path));
    }

    /// <summary>Markdown listing scrapes of distinct pages, twelve posts each (benchmarks/import/make-documents.py writes the same shape).</summary>
    private static void WriteListings(string folder, int count)
    {
        Directory.CreateDirectory(folder);
        for (var i = 0; i < count; i++)
        {
            var lines = new List<string> { $"# Listing {i}", "", "**Source**: Spotify Engineering", $"**URL**: https://engineering.atspotify.com/page/{i}",
                "**Scraped**: 2025-10-10T06:26:11", "", "---", "" };
            for (var k = i * 4; k < i * 4 + 12; k++)
                lines.AddRange([$"JAN {1 + k % 28}, {2015 + k % 10}", $"Post {k} about listening at scale", $"Story {k} told at length, with more words than forty characters...", "DATA"]);
            File.WriteAllText(Path.Combine(folder, $"listing-{i:00000}.txt"), string.Join('\n', lines));
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { }
    }
}
