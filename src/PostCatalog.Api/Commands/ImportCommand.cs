using System.CommandLine;
using PostCatalog.Catalog;
using PostCatalog.Import;

namespace PostCatalog.Api.Commands;

/// <summary><c>import [PATHS...] [--database FILE] [--json]</c>: imports documents (default seeds/) and prints the report.</summary>
public static class ImportCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Documents or folders to import (default: seeds/)", Arity = ArgumentArity.ZeroOrMore };
        var json = new Option<bool>("--json") { Description = "Print the report as JSON" };
        var command = new Command("import", "Import seed documents into the catalog and print the import report") { paths, CommonOptions.Database, json };
        command.SetAction(async (parse, ct) =>
        {
            var inputs = parse.GetValue(paths) is { Length: > 0 } given ? given : [Hosting.PathResolver.ResolveExisting("seeds")];
            var database = await CatalogDatabase.OpenAsync(parse.GetValue(CommonOptions.Database)!, ct);
            try
            {
                var display = new ProgressDisplay("import", "rows", 0, "reading, reconciling and writing");
                var report = await display.RunAsync(() => new CatalogImporter().ImportAsync(inputs, database.Options, ct));
                Console.Error.WriteLine(display.Summary(report.Changes.Added + report.Changes.Updated + report.Changes.Removed));
                Console.Out.Write(parse.GetValue(json) ? report.ToJson() + Environment.NewLine : report.ToText());
                return report.Counts.DocumentsRead > 0 ? 0 : 1;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Console.Error.WriteLine($"Import failed; the catalog in {database.Path} is unchanged: {ex.Message}");
                return 1;
            }
        });
        return command;
    }
}
