using System.Diagnostics;
using PostCatalog.Api.Tests.Infrastructure;

namespace PostCatalog.Api.Tests.Build;

/// <summary>
/// Only the IDE needs Node: the build step that installs Banana Cake Pop warns and goes on when npm is missing.
/// It runs the project's own targets (the ones Build runs first) with a PATH that has dotnet and sh but no npm,
/// against an IDE folder with nothing installed, so the real folder and the build output are left alone.
/// </summary>
public sealed class BuildWithoutNpmTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("postcatalog-no-npm-").FullName;

    [Fact]
    public async Task Without_npm_on_PATH_the_IDE_step_warns_and_the_build_goes_on()
    {
        var bin = Directory.CreateDirectory(Path.Combine(_directory, "bin")).FullName;
        var ide = Directory.CreateDirectory(Path.Combine(_directory, "ide")).FullName;
        File.CreateSymbolicLink(Path.Combine(bin, "dotnet"), DotnetPath());
        File.CreateSymbolicLink(Path.Combine(bin, "sh"), "/bin/sh");

        var start = new ProcessStartInfo(Path.Combine(bin, "dotnet"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryRoot.Path,
            Environment = { ["PATH"] = bin, ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1", ["DOTNET_NOLOGO"] = "1" },
        };
        foreach (var arg in new[] { "msbuild", RepositoryRoot.Combine("src", "PostCatalog.Api", "PostCatalog.Api.csproj"),
                     "-t:CollectBananaCakePop", $"-p:IdeDir={ide}", "-nodeReuse:false", "-nologo", "-v:m" })
            start.ArgumentList.Add(arg);
        using var build = Process.Start(start)!;
        var output = await build.StandardOutput.ReadToEndAsync() + await build.StandardError.ReadToEndAsync();
        await build.WaitForExitAsync();

        Assert.True(build.ExitCode == 0, output);
        Assert.Contains("warning : npm is not on PATH, so Banana Cake Pop (the IDE at /graphql) is not installed.", output);
        Assert.DoesNotContain("error", output, StringComparison.OrdinalIgnoreCase);
    }

    private static string DotnetPath()
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (host is not null && File.Exists(host)) return host;
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, "dotnet")).FirstOrDefault(File.Exists);
        return onPath ?? throw new InvalidOperationException("dotnet is not on PATH");
    }

    public void Dispose()
    {
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { }
    }
}
