using Microsoft.EntityFrameworkCore;
using PostCatalog.Import.Tests.Support;
using PostCatalog.Tests.Shared;

namespace PostCatalog.Import.Tests.EndToEnd;

/// <summary>Imports all of seeds/ into a fresh database and pins the report and the whole catalog.</summary>
public sealed class SeedImportTests
{
    private static CatalogImporter Importer() => new(time: new FixedTime());

    [Fact]
    public async Task Import_of_all_seeds_matches_the_report_and_catalog_snapshots()
    {
        await using var catalog = await TempCatalog.CreateAsync();
        await using var db = catalog.CreateContext();

        var report = await Importer().ImportAsync([SeedFiles.Directory], db);

        SnapshotAssert.Match(report.ToText(), "seed-import-report.txt");
        SnapshotAssert.Match(report.ToJson(), "seed-import-report.json");
        SnapshotAssert.Match(await CatalogDump.DumpAsync(db), "seed-catalog.txt");
    }
}
