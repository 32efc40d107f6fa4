namespace PostCatalog.Api.Hosting;

/// <summary>Resolves a relative path against the working directory or, failing that, the nearest ancestor of it (or of the app)
/// that has it, so `dotnet run --project src/PostCatalog.Api` (whose working directory is the project) finds the repo's seeds/.</summary>
public static class PathResolver
{
    public static string ResolveExisting(string path)
    {
        if (Path.IsPathRooted(path)) return path;
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, path);
                if (Path.Exists(candidate)) return candidate;
            }
        }
        return Path.GetFullPath(path);
    }
}
