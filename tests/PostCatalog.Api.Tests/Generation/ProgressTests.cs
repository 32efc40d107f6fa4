using PostCatalog.Api.Commands;
using PostCatalog.Api.Tests.Infrastructure;
using PostCatalog.Catalog;
using PostCatalog.Import;
using PostCatalog.Import.Generation;

namespace PostCatalog.Api.Tests.Generation;

/// <summary>Long verbs say how far they are: the generator reports as it writes, the importer document by document; redirected output gets plain lines with rate and time left.</summary>
public sealed class ProgressTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("postcatalog-progress-").FullName;

    [Fact]
    public async Task The_generator_reports_posts_written_then_the_index_build()
    {
        var database = await CatalogDatabase.OpenAsync(Path.Combine(_directory, "catalog.db"));
        var vocabulary = await GeneratorVocabulary.FromDocumentsAsync([RepositoryRoot.Combine("seeds")]);
        var reports = new List<GenerationProgress>();

        new CatalogGenerator(vocabulary).Generate(database.ConnectionString, new GeneratorOptions { Posts = 2_500 }, new Recorder<GenerationProgress>(reports));

        Assert.Equal(
            [new(1_000, 2_500, GenerationPhase.Posts), new(2_000, 2_500, GenerationPhase.Posts), new(2_500, 2_500, GenerationPhase.Indexes)],
            reports);
    }

    [Fact]
    public void A_plain_progress_line_has_the_count_the_rate_and_the_time_left()
    {
        var display = new ProgressDisplay("generate", "posts", 1_000_000, "writing posts");

        Assert.Equal("generate: writing posts: 250,000 of 1,000,000 posts (25%), 100,000 posts/s, about 8 s left",
            display.Line(250_000, TimeSpan.FromSeconds(2.5)));
        Assert.Equal("generate: writing posts: 1,000,000 of 1,000,000 posts (100%), 100,000 posts/s",
            display.Line(1_000_000, TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task An_import_reports_every_document_given_and_stored_then_reconciling_and_writing()
    {
        var database = await CatalogDatabase.OpenAsync(Path.Combine(_directory, "catalog.db"));
        var seeds = RepositoryRoot.Combine("seeds");
        await new CatalogImporter().ImportAsync([seeds], database.Options);
        var reports = new List<ImportProgress>();

        // The same five seeds again: five given, five stored (unchanged, so the catalog stays as it is).
        await new CatalogImporter(progress: new Recorder<ImportProgress>(reports)).ImportAsync([seeds], database.Options);

        Assert.All(reports, r => Assert.Equal(10, r.TotalDocuments));
        Assert.Equal(Enumerable.Range(0, 11), reports.Select(r => r.Documents).Distinct());
        Assert.Equal(["reading documents", "reading stored documents", "reconciling", "writing"], reports.Select(r => r.Stage).Distinct());
    }

    [Fact]
    public void A_display_that_learns_its_total_late_counts_against_the_new_total()
    {
        var display = new ProgressDisplay("import", "documents", 5, "reading documents");

        display.Report(6, 3_005, "reading stored documents");

        Assert.Equal("import: reading stored documents: 1,000 of 3,005 documents (33%), 500 documents/s, about 5 s left",
            display.Line(1_000, TimeSpan.FromSeconds(2)));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { }
    }

    private sealed class Recorder<T>(List<T> reports) : IProgress<T>
    {
        public void Report(T value) => reports.Add(value);
    }
}
