namespace PostCatalog.Api.Hosting;

/// <summary>Resolves a relative path against the working directory, falling back to the nearest ancestor of the app that has it,
/// so `dotnet run --project src/PostCatalog.Api` finds the repo's seeds/ from any working directory.</summary>
public static class PathResolver
{
    public static string ResolveExisting(string path)
    {
        if (Path.IsPathRooted(path) || Path.Exists(path)) return Path.GetFullPath(path);
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, path);
            if (Path.Exists(candidate)) return candidate;
        }
        return Path.GetFullPath(path);
    }
}
