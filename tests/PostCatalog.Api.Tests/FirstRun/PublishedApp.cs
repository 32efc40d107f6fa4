using System.Diagnostics;
using System.Reflection;
using PostCatalog.Api.Tests.Infrastructure;

namespace PostCatalog.Api.Tests.FirstRun;

/// <summary>
/// <c>dotnet publish</c> of the API (from the build the tests run on, so it only lays out files) into a folder of its
/// own: deploying is publishing, so these tests run what a deployment runs.
/// </summary>
public sealed class PublishedApp : IAsyncLifetime
{
    public string Directory { get; } = System.IO.Directory.CreateTempSubdirectory("postcatalog-publish-").FullName;

    public string PublishDirectory => Path.Combine(Directory, "app");

    public string AppDll => Path.Combine(PublishDirectory, "PostCatalog.Api.dll");

    public async Task InitializeAsync()
    {
        var configuration = typeof(PublishedApp).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryRoot.Path,
        };
        foreach (var arg in new[] { "publish", RepositoryRoot.Combine("src", "PostCatalog.Api"), "-c", configuration, "--no-build",
                     "-o", PublishDirectory, "-nologo", "-v", "q", "-nodeReuse:false" })
            start.ArgumentList.Add(arg);
        using var publish = Process.Start(start)!;
        var output = publish.StandardOutput.ReadToEndAsync();
        var errors = publish.StandardError.ReadToEndAsync();
        await publish.WaitForExitAsync();
        if (publish.ExitCode != 0)
            throw new InvalidOperationException($"dotnet publish failed ({publish.ExitCode}):\n{await output}\n{await errors}");
    }

    /// <summary>Starts the published app in a fresh working directory, on a catalog file of its own.</summary>
    public AppProcess Start(params string[] args)
    {
        var work = System.IO.Directory.CreateDirectory(Path.Combine(Directory, "run-" + Guid.NewGuid().ToString("N")[..8])).FullName;
        return AppProcess.Start(AppDll, work, [.. args, "--database", Path.Combine(work, "catalog.db"), "--seeds", RepositoryRoot.Combine("seeds")]);
    }

    /// <summary>As <see cref="Start"/>, on an empty catalog (no seed import: quicker, for what does not need posts).</summary>
    public AppProcess StartEmpty(params string[] args) => Start([.. args, "--Catalog:ImportSeedsWhenEmpty=false"]);

    public Task DisposeAsync()
    {
        try { System.IO.Directory.Delete(Directory, recursive: true); } catch (IOException) { }
        return Task.CompletedTask;
    }
}
