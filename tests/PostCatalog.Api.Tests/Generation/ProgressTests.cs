using PostCatalog.Api.Commands;
using PostCatalog.Api.Tests.Infrastructure;
using PostCatalog.Catalog;
using PostCatalog.Import.Generation;

namespace PostCatalog.Api.Tests.Generation;

/// <summary>Long verbs say how far they are: the generator reports as it writes; redirected output gets plain lines with rate and time left.</summary>
public sealed class ProgressTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("postcatalog-progress-").FullName;

    [Fact]
    public async Task The_generator_reports_posts_written_then_the_index_build()
    {
        var database = await CatalogDatabase.OpenAsync(Path.Combine(_directory, "catalog.db"));
        var vocabulary = await GeneratorVocabulary.FromDocumentsAsync([RepositoryRoot.Combine("seeds")]);
        var reports = new List<GenerationProgress>();

        new CatalogGenerator(vocabulary).Generate(database.ConnectionString, new GeneratorOptions { Posts = 2_500 }, new Recorder(reports));

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

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { }
    }

    private sealed class Recorder(List<GenerationProgress> reports) : IProgress<GenerationProgress>
    {
        public void Report(GenerationProgress value) => reports.Add(value);
    }
}
