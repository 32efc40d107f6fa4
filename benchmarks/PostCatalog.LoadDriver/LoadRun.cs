using System.Diagnostics;

namespace PostCatalog.LoadDriver;

/// <summary>
/// One repetition: <c>requests</c> requests (fewer if <c>maxSeconds</c> runs out first), <c>concurrency</c> at a time,
/// each one's latency recorded.
/// </summary>
public static class LoadRun
{
    public sealed record Result(double RequestsPerSecond, int Completed, double P50Ms, double P99Ms, int Failures, long ResponseBytes);

    public static async Task<Result> RunAsync(GraphQLRequests requests, byte[] body, int count, int concurrency, double maxSeconds = 0)
    {
        var latencies = new double[count];
        var next = -1;
        var failures = 0;
        long responseBytes = 0;
        var completed = 0;
        var started = Stopwatch.GetTimestamp();
        var workers = Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                if (maxSeconds > 0 && Stopwatch.GetElapsedTime(started).TotalSeconds > maxSeconds)
                {
                    latencies[i] = double.NaN;
                    continue;
                }
                var sent = Stopwatch.GetTimestamp();
                var bytes = await requests.SendAsync(body).ConfigureAwait(false);
                latencies[i] = Stopwatch.GetElapsedTime(sent).TotalMilliseconds;
                Interlocked.Increment(ref completed);
                if (bytes is null) Interlocked.Increment(ref failures);
                else Interlocked.Exchange(ref responseBytes, bytes.Length);
            }
        })).ToArray();
        await Task.WhenAll(workers).ConfigureAwait(false);
        var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;

        var measured = latencies.Where(double.IsFinite).Order().ToArray();
        return new Result(completed / elapsed, completed, Percentile(measured, 0.50), Percentile(measured, 0.99), failures, responseBytes);
    }

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    public static double Percentile(double[] sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
