using System.Text;
using PostCatalog.Api.Commands;
using PostCatalog.Api.Tests.Infrastructure;

namespace PostCatalog.Api.Tests.SchemaExport;

/// <summary>schema/schema.graphql is the SDL the running API serves; the <c>schema export</c> verb writes it.</summary>
public sealed class SchemaFileTests(CatalogApiFactory api) : IClassFixture<CatalogApiFactory>
{
    private const string Regenerate = "dotnet run --project src/PostCatalog.Api -- schema export --output schema/schema.graphql";

    [Fact]
    public async Task The_committed_schema_file_is_the_running_schema()
    {
        var file = RepositoryRoot.Combine("schema", "schema.graphql");
        Assert.True(File.Exists(file), $"schema/schema.graphql is missing. Write it with: {Regenerate}");

        var served = Normalize(await api.CreateClient().GetStringAsync("/graphql?sdl"));
        var committed = Normalize(await File.ReadAllTextAsync(file));

        if (served != committed)
        {
            var servedLines = served.Split('\n');
            var committedLines = committed.Split('\n');
            var line = Enumerable.Range(0, Math.Min(servedLines.Length, committedLines.Length)).FirstOrDefault(i => servedLines[i] != committedLines[i]);
            Assert.Fail($"schema/schema.graphql differs from the running schema (GET /graphql?sdl) at line {line + 1}:\n" +
                        $"  file:    {committedLines.ElementAtOrDefault(line)}\n  running: {servedLines.ElementAtOrDefault(line)}\n" +
                        $"Regenerate it with: {Regenerate}");
        }
    }

    [Fact]
    public async Task The_export_verb_writes_what_the_endpoint_serves()
    {
        var output = Path.Combine(Path.GetTempPath(), $"schema-{Guid.NewGuid():N}.graphql");
        try
        {
            var exitCode = await CommandLine.RunAsync(["schema", "export", "--output", output]);

            Assert.Equal(0, exitCode);
            Assert.Equal(Normalize(await api.CreateClient().GetStringAsync("/graphql?sdl")), Normalize(await File.ReadAllTextAsync(output, Encoding.UTF8)));
        }
        finally
        {
            File.Delete(output);
        }
    }

    private static string Normalize(string sdl) => sdl.Replace("\r\n", "\n").TrimEnd('\n') + "\n";
}
