using System.CommandLine;
using PostCatalog.Catalog;
using PostCatalog.Import.Generation;

namespace PostCatalog.Api.Commands;

/// <summary>
/// <c>generate --posts N [--database FILE | --provider PostgreSQL --connection TEXT] [--seed S] [--seeds PATH] [--replace] [--rows-per-statement K]</c>:
/// writes a synthetic catalog of N posts, the same for the same seed (see <see cref="CatalogGenerator"/>).
/// </summary>
public static class GenerateCommand
{
    public static Command Create()
    {
        var posts = new Option<int>("--posts") { Description = "Posts to generate", Required = true };
        var seed = new Option<int>("--seed") { Description = "Seed of the random sequence: same seed, same catalog", DefaultValueFactory = _ => 1 };
        var seeds = new Option<string?>("--seeds") { Description = "Seed documents the vocabulary comes from (default: seeds/)" };
        var replace = new Option<bool>("--replace") { Description = "Overwrite a catalog that already holds posts" };
        var rowsPerStatement = new Option<int>("--rows-per-statement")
        {
            Description = "Rows per INSERT statement (SQLite; PostgreSQL copies)",
            DefaultValueFactory = _ => new GeneratorOptions().RowsPerStatement,
        };
        var command = new Command("generate", "Write a realistic, reproducible synthetic catalog of any size")
        {
            posts, seed, seeds, replace, rowsPerStatement,
        };
        CommonOptions.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var count = parse.GetValue(posts);
            if (count < 0)
            {
                Console.Error.WriteLine("--posts must be 0 or more.");
                return 1;
            }
            // The vocabulary comes from the seed documents: with none found (run from outside the repository without
            // --seeds, or a folder without posts) nothing is generated, and the catalog is not opened or touched.
            var seedsPath = parse.GetValue(seeds) ?? Hosting.PathResolver.ResolveExisting("seeds");
            if (!Path.Exists(seedsPath))
            {
                Console.Error.WriteLine($"Nothing generated: no seed documents at {seedsPath}; pass --seeds PATH (the repository's seeds/ folder).");
                return 1;
            }
            GeneratorVocabulary vocabulary;
            try
            {
                vocabulary = await GeneratorVocabulary.FromDocumentsAsync([seedsPath], ct);
            }
            catch (InvalidOperationException ex)
            {
                Console.Error.WriteLine($"Nothing generated: {ex.Message} (read {seedsPath}; pass --seeds PATH)");
                return 1;
            }
            if (await CommonOptions.OpenCatalogAsync(parse, ct) is not { } database)
            {
                return 1;
            }

            try
            {
                var options = new GeneratorOptions
                {
                    Posts = count,
                    Seed = parse.GetValue(seed),
                    Replace = parse.GetValue(replace),
                    RowsPerStatement = parse.GetValue(rowsPerStatement),
                };
                var display = new ProgressDisplay("generate", "posts", count, "writing posts");
                var progress = new Progress(p => display.Report(p.PostsWritten, p.Phase == GenerationPhase.Indexes ? "building indexes" : null));
                var result = await display.RunAsync(() => Task.FromResult(
                    new CatalogGenerator(vocabulary).Generate(database, options, progress, ct)));
                Console.Out.WriteLine(result + $" Catalog: {database.Path}");
                return 0;
            }
            catch (InvalidOperationException ex)
            {
                Console.Error.WriteLine($"Nothing generated; {database.Path} is unchanged: {ex.Message}");
                return 1;
            }
        });
        return command;
    }

    /// <summary>Reports on the generator's own thread (Progress&lt;T&gt; would post to the thread pool and lag behind).</summary>
    private sealed class Progress(Action<GenerationProgress> report) : IProgress<GenerationProgress>
    {
        public void Report(GenerationProgress value) => report(value);
    }
}
