using System.Reflection;

namespace PostCatalog.Api.Tests.Infrastructure;

/// <summary>The repository's root folder (the one with Api.sln), found from the test binaries or the source folder they were built from.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        var source = typeof(RepositoryRoot).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "SourceDirectory")?.Value;
        foreach (var start in new[] { AppContext.BaseDirectory, source })
        {
            for (var dir = start is null ? null : new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(System.IO.Path.Combine(dir.FullName, "Api.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("Cannot find the repository root (the folder with Api.sln).");
    }
}
