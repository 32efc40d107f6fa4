using System.Runtime.CompilerServices;

namespace PostCatalog.GraphQL.Tests.Conformance;

/// <summary>Finds the repository's files from a test run, wherever its build output went (<c>--artifacts-path</c>).</summary>
public static class RepositoryPaths
{
    /// <summary>The repository root: <c>POSTCATALOG_REPO</c> if set, else found from this source file's path.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary><c>tests/conformance-oracle</c>, the Node side of the conformance suite.</summary>
    public static string OracleDirectory => Path.Combine(Root, "tests", "conformance-oracle");

    /// <summary>A corpus folder, e.g. <c>Corpus("Parser")</c>: the copy in the build output when there is one, else the source folder.</summary>
    public static string Corpus(string name)
    {
        string copied = Path.Combine(AppContext.BaseDirectory, "Conformance", "Corpus", name);
        return Directory.Exists(copied)
            ? copied
            : Path.Combine(Root, "tests", "PostCatalog.GraphQL.Tests", "Conformance", "Corpus", name);
    }

    private static string FindRoot([CallerFilePath] string thisFile = "")
    {
        if (Environment.GetEnvironmentVariable("POSTCATALOG_REPO") is { Length: > 0 } configured) return configured;
        foreach (string start in new[] { AppContext.BaseDirectory, Path.GetDirectoryName(thisFile) ?? "" })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Api.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("Cannot find the repository root (Api.sln); set POSTCATALOG_REPO.");
    }
}
