using System.Diagnostics;
using System.Text;

namespace PostCatalog.Api.Tests.FirstRun;

/// <summary>
/// The app as a user starts it: <c>dotnet PostCatalog.Api.dll ARGS</c> in its own process, in an empty working
/// directory, with stdout and stderr collected line by line.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _stdout = [];
    private readonly List<string> _stderr = [];
    private readonly TaskCompletionSource<string> _endpoint = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private AppProcess(Process process) => _process = process;

    public IReadOnlyList<string> Stdout { get { lock (_stdout) return [.. _stdout]; } }

    public IReadOnlyList<string> Stderr { get { lock (_stderr) return [.. _stderr]; } }

    public static AppProcess Start(string appDll, string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(appDll);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        // Nothing from the test run's own environment decides where the app listens or which settings it takes.
        foreach (var name in new[] { "ASPNETCORE_URLS", "ASPNETCORE_ENVIRONMENT", "DOTNET_ENVIRONMENT", "ASPNETCORE_HTTP_PORTS" })
            start.Environment.Remove(name);

        var app = new AppProcess(new Process { StartInfo = start });
        app._process.OutputDataReceived += (_, e) => app.Collect(app._stdout, e.Data);
        app._process.ErrorDataReceived += (_, e) => app.Collect(app._stderr, e.Data);
        app._process.Start();
        app._process.BeginOutputReadLine();
        app._process.BeginErrorReadLine();
        return app;
    }

    /// <summary>The first "GraphQL endpoint: URL" the app printed, once it is listening.</summary>
    public async Task<Uri> EndpointAsync(TimeSpan timeout)
    {
        var exited = _process.WaitForExitAsync();
        var first = await Task.WhenAny(_endpoint.Task, exited, Task.Delay(timeout));
        if (first != _endpoint.Task)
            throw new InvalidOperationException($"The app printed no endpoint line ({(first == exited ? "it exited" : "timed out")}):\n{Output()}");
        return new Uri(await _endpoint.Task);
    }

    public async Task<int> ExitCodeAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancel.Token);
        _process.WaitForExit(); // drains the redirected output
        return _process.ExitCode;
    }

    public string Output() => string.Join("\n", Stdout) + "\n--- stderr ---\n" + string.Join("\n", Stderr);

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Collect(List<string> lines, string? line)
    {
        if (line is null) return;
        lock (lines) lines.Add(line);
        const string marker = "GraphQL endpoint: ";
        var at = line.IndexOf(marker, StringComparison.Ordinal);
        if (at >= 0) _endpoint.TrySetResult(line[(at + marker.Length)..].Split(' ')[0]);
    }
}
