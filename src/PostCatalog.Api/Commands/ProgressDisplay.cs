using System.Diagnostics;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace PostCatalog.Api.Commands;

/// <summary>
/// Progress of a long verb, on stderr (stdout keeps the result): on a terminal a Spectre.Console bar with rows per
/// second and the time left; when stderr is redirected (a log, CI) a plain line every few seconds saying the same.
/// Work whose size is not known up front (a total of 0) shows a spinner with the time so far, and its rate at the end.
/// </summary>
public sealed class ProgressDisplay
{
    private static readonly TimeSpan PlainLineEvery = TimeSpan.FromSeconds(5);

    private readonly string _verb;
    private readonly string _unit;
    private long _done;
    private long _total;
    private volatile string _stage;
    private readonly Stopwatch _clock = new();

    public ProgressDisplay(string verb, string unit, long total, string stage)
    {
        _verb = verb;
        _unit = unit;
        _total = total;
        _stage = stage;
    }

    /// <summary>Called from the worker thread: how far it got, and what it is doing.</summary>
    public void Report(long done, string? stage = null)
    {
        Interlocked.Exchange(ref _done, done);
        if (stage is not null) _stage = stage;
    }

    /// <summary>As <see cref="Report(long, string?)"/>, for work that learns its size as it goes (an import learns how many documents are stored).</summary>
    public void Report(long done, long total, string? stage)
    {
        Interlocked.Exchange(ref _total, total);
        Report(done, stage);
    }

    /// <summary>Runs <paramref name="work"/> and shows its progress until it ends.</summary>
    public async Task<T> RunAsync<T>(Func<Task<T>> work)
    {
        _clock.Restart();
        var running = Task.Run(work);
        if (Console.IsErrorRedirected) await PlainLinesAsync(running);
        else if (_total > 0) await BarAsync(running);
        else await SpinnerAsync(running);
        _clock.Stop();
        return await running;
    }

    /// <summary>"import: 331 rows in 0.6 s (550 rows/s)", for the end of a run.</summary>
    public string Summary(long done)
    {
        var seconds = _clock.Elapsed.TotalSeconds;
        return $"{_verb}: {done:N0} {_unit} in {seconds:F1} s ({(seconds > 0 ? done / seconds : 0):N0} {_unit}/s)";
    }

    private async Task SpinnerAsync(Task running)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        await console.Status().StartAsync(_stage, async context =>
        {
            while (!running.IsCompleted)
            {
                context.Status = $"{_stage} ({_clock.Elapsed.TotalSeconds:F0} s)";
                await Task.WhenAny(running, Task.Delay(200));
            }
        });
    }

    private async Task BarAsync(Task running)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        await console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RateColumn(_unit),
                new RemainingTimeColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(_stage, maxValue: Math.Max(1, _total));
                while (!running.IsCompleted)
                {
                    task.MaxValue = Math.Max(1, Interlocked.Read(ref _total));
                    task.Value = Interlocked.Read(ref _done);
                    task.Description = _stage;
                    await Task.WhenAny(running, Task.Delay(100));
                }

                task.Value = task.MaxValue;
            });
    }

    private async Task PlainLinesAsync(Task running)
    {
        while (await Task.WhenAny(running, Task.Delay(PlainLineEvery)) != running)
        {
            await Console.Error.WriteLineAsync(Interlocked.Read(ref _total) > 0
                ? Line(Interlocked.Read(ref _done), _clock.Elapsed)
                : $"{_verb}: {_stage} ({_clock.Elapsed.TotalSeconds:F0} s)");
        }
    }

    /// <summary>"generate: 250,000 of 1,000,000 posts (25%), 95,000 posts/s, about 8 s left".</summary>
    public string Line(long done, TimeSpan elapsed)
    {
        var rate = elapsed.TotalSeconds > 0 ? done / elapsed.TotalSeconds : 0;
        var line = $"{_verb}: {_stage}: {done:N0} of {_total:N0} {_unit} ({(_total > 0 ? 100.0 * done / _total : 100):F0}%), {rate:N0} {_unit}/s";
        return rate > 0 && done < _total ? line + $", about {Math.Ceiling((_total - done) / rate):N0} s left" : line;
    }

    /// <summary>Rows per second, from Spectre's own speed estimate.</summary>
    private sealed class RateColumn(string unit) : ProgressColumn
    {
        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
            new Text(task.Speed is { } speed ? $"{speed:N0} {unit}/s" : "", new Style(Color.Grey));
    }
}
