using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using PostCatalog.LoadDriver;

// dotnet PostCatalog.LoadDriver.dll --url http://127.0.0.1:5000/graphql --operation ../operations/home-page.graphql
//   [--variables '{"slug":"x"}'] [--requests 2000] [--concurrency 8] [--repetitions 5] [--warmup 500]
//   [--max-seconds 5] [--walk-to-page 500 --cursor-path data.posts]
// Prints one JSON object: medians and spreads over the repetitions (benchmarks/run.sh collects them into RESULTS.md).
DriverOptions options;
try { options = DriverOptions.Parse(args); }
catch (ArgumentException ex) { Console.Error.WriteLine(ex.Message); return 2; }

using var client = new HttpClient(new SocketsHttpHandler
{
    MaxConnectionsPerServer = options.Concurrency,
    UseProxy = false,
    AutomaticDecompression = DecompressionMethods.None,
}) { Timeout = TimeSpan.FromSeconds(60) };
var requests = new GraphQLRequests(client, options.Url);
var query = File.ReadAllText(options.OperationFile);
var variables = JsonNode.Parse(options.Variables) as JsonObject ?? throw new ArgumentException("--variables must be a JSON object");

var (pageVariables, page) = options.WalkToPage > 1
    ? await CursorWalk.ToPageAsync(requests, query, variables, options.WalkToPage, options.CursorPath)
    : (variables, 1);
var body = GraphQLRequests.Body(query, pageVariables);
if (await requests.SendAsync(body) is null)
{
    Console.Error.WriteLine($"{Path.GetFileName(options.OperationFile)} fails on {options.Url}: {await requests.DescribeFailureAsync(body)}");
    return 1;
}

if (options.Warmup > 0) await LoadRun.RunAsync(requests, body, options.Warmup, options.Concurrency, options.MaxSeconds / 2);
var runs = new List<LoadRun.Result>();
for (var i = 0; i < options.Repetitions; i++)
    runs.Add(await LoadRun.RunAsync(requests, body, options.Requests, options.Concurrency, options.MaxSeconds));

static double Median(IEnumerable<double> values)
{
    var sorted = values.Order().ToArray();
    return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
}
static double Round(double value) => Math.Round(value, 3);
var throughput = runs.Select(r => r.RequestsPerSecond).ToArray();
var report = new JsonObject
{
    ["operation"] = Path.GetFileNameWithoutExtension(options.OperationFile),
    ["page"] = page,
    ["requests"] = runs.Sum(r => r.Completed),
    ["concurrency"] = options.Concurrency,
    ["repetitions"] = options.Repetitions,
    ["throughput"] = Round(Median(throughput)),
    // Spread: (max - min) / median of the repetitions' throughput.
    ["throughputSpread"] = Round((throughput.Max() - throughput.Min()) / Median(throughput)),
    ["p50Ms"] = Round(Median(runs.Select(r => r.P50Ms))),
    ["p99Ms"] = Round(Median(runs.Select(r => r.P99Ms))),
    ["failures"] = runs.Sum(r => r.Failures),
    ["responseBytes"] = runs[^1].ResponseBytes,
};
Console.WriteLine(report.ToJsonString(new JsonSerializerOptions { WriteIndented = false }));
return report["failures"]!.GetValue<int>() > 0 ? 1 : 0;
