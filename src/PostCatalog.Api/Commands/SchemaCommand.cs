using System.CommandLine;
using System.Text;
using PostCatalog.Api.Schema;

namespace PostCatalog.Api.Commands;

/// <summary>
/// <c>schema export [--output FILE]</c>: prints the catalog's SDL (what <c>GET /graphql?sdl</c> serves) to stdout or FILE.
/// <c>schema/schema.graphql</c> is written with it: <c>dotnet run --project src/PostCatalog.Api -- schema export --output schema/schema.graphql</c>.
/// </summary>
public static class SchemaCommand
{
    public static Command Create()
    {
        var output = new Option<string?>("--output", "-o") { Description = "Write the SDL to this file instead of stdout" };
        var export = new Command("export", "Print the GraphQL schema (SDL) of the catalog API; the same on every provider, so no database is opened") { output };
        CommonOptions.AddTo(export);
        export.SetAction(async (parse, ct) =>
        {
            var sdl = Sdl();
            if (parse.GetValue(output) is { } file)
            {
                var directory = Path.GetDirectoryName(Path.GetFullPath(file));
                if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
                await File.WriteAllTextAsync(file, sdl, new UTF8Encoding(false), ct);
                Console.Error.WriteLine($"Wrote {Path.GetFullPath(file)}");
            }
            else
            {
                await Console.Out.WriteAsync(sdl);
            }
            return 0;
        });
        return new Command("schema", "Work with the GraphQL schema") { export };
    }

    /// <summary>The SDL with the default options, ending in one newline (as the file is kept).</summary>
    public static string Sdl() => GraphQL.Types.SchemaPrinter.Print(CatalogSchema.Build()).TrimEnd('\n') + "\n";
}
