using System.CommandLine;
using PostCatalog.Catalog;
using PostCatalog.Import;

namespace PostCatalog.Api.Commands;

/// <summary>
/// <c>import [PATHS...] [--database FILE | --provider PostgreSQL --connection TEXT] [--json] [--replace] [--remove NAME...]</c>: adds documents (default seeds/)
/// to the stored ones and prints the report; <c>--replace</c> makes the given documents the only ones,
/// <c>--remove</c> removes stored documents by name. <c>Import:MaxDocumentBytes</c> comes from appsettings.json or
/// the environment (<c>Import__MaxDocumentBytes</c>).
/// </summary>
public static class ImportCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Documents or folders to import (default: seeds/)", Arity = ArgumentArity.ZeroOrMore };
        var json = new Option<bool>("--json") { Description = "Print the report as JSON" };
        var replace = new Option<bool>("--replace") { Description = "Make the given documents the only stored ones (the catalog is what they say)" };
        var remove = new Option<string[]>("--remove") { Description = "Remove stored documents by name instead of importing", AllowMultipleArgumentsPerToken = true };
        var command = new Command("import", "Add documents to the catalog (or remove them) and print the import report") { paths, json, replace, remove };
        CommonOptions.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var inputs = parse.GetValue(paths) is { Length: > 0 } given ? given : [Hosting.PathResolver.ResolveExisting("seeds")];
            var removals = parse.GetValue(remove) ?? [];
            if (await CommonOptions.OpenCatalogAsync(parse, ct) is not { } database)
            {
                return 1;
            }

            try
            {
                // The bar starts from the files given; the importer adds the stored documents it re-reads.
                var display = new ProgressDisplay("import", "documents", removals.Length > 0 ? 1 : FileCount(inputs), "reading documents");
                var importer = new CatalogImporter(options: ImportSettings(),
                    progress: new Progress(p => display.Report(p.Documents, Math.Max(1, p.TotalDocuments), p.Stage)));
                var report = await display.RunAsync(() => removals.Length > 0
                    ? importer.RemoveAsync(removals, database.Options, ct)
                    : importer.ImportAsync(inputs, database.Options, parse.GetValue(replace) ? ImportMode.Replace : ImportMode.Add, ct));
                Console.Error.WriteLine(display.Summary(report.Counts.DocumentsRead));
                Console.Out.Write(parse.GetValue(json) ? report.ToJson() + Environment.NewLine : report.ToText());
                return report.Counts.DocumentsRead > 0 || report.Counts.DocumentsRemoved > 0 ? 0 : 1;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Console.Error.WriteLine($"Import failed; the catalog in {database.Path} is unchanged: {ex.Message}");
                return 1;
            }
        });
        return command;
    }

    /// <summary>The <c>Import</c> section of appsettings.json and the environment, as the server reads it.</summary>
    private static PostCatalog.Import.Documents.ImportOptions ImportSettings() =>
        VerbConfiguration.Build()
            .GetSection(PostCatalog.Import.Documents.ImportOptions.Section)
            .Get<PostCatalog.Import.Documents.ImportOptions>() ?? new();

    /// <summary>The files the paths name (folders' files included), before any is read.</summary>
    private static int FileCount(IEnumerable<string> paths) => paths.Sum(path =>
        Directory.Exists(path) ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Count() : File.Exists(path) ? 1 : 0);

    /// <summary>Reports on the importer's own thread (Progress&lt;T&gt; would post to the thread pool and lag behind).</summary>
    private sealed class Progress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}
