using System.Reflection;

namespace PostCatalog.Import.Tests.Support;

/// <summary>The repository's seeds/, found by walking up from the test binaries to the folder holding Api.sln.</summary>
public static class SeedFiles
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Directory => Path.Combine(RepositoryRoot, "seeds");

    public const string DataScienceArchive = "000_a554f26d4b5c3328.txt";
    public const string DataScienceFeed = "001_1824ec74fab9df9e.txt";
    public const string StickyListing = "002_141c9dbbf10c00e4.txt";
    public const string WordPressHome = "003_fda8ae8245b03790.txt";
    public const string HomeMarkdown = "004_20a3ba431fe8a6e9.txt";

    public static string PathOf(string name) => Path.Combine(Directory, name);

    public static PostCatalog.Import.Documents.SourceDocument Load(string name) => new(name, File.ReadAllText(PathOf(name)), PathOf(name));

    private static string FindRoot()
    {
        // Binaries normally sit under the repository; with --artifacts-path elsewhere, fall back to
        // the source directory recorded at build time.
        var sourceDirectory = typeof(SeedFiles).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "SourceDirectory")?.Value;
        foreach (var start in new[] { AppContext.BaseDirectory, sourceDirectory }.OfType<string>())
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Api.sln"))) return dir.FullName;
        throw new InvalidOperationException($"No Api.sln above {AppContext.BaseDirectory} or {sourceDirectory}");
    }
}
