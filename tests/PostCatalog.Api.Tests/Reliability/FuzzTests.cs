using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using PostCatalog.Api.Tests.Http;
using PostCatalog.Api.Tests.Infrastructure;
using PostCatalog.Api.Tests.Reliability.Fuzz;
using Xunit.Abstractions;

namespace PostCatalog.Api.Tests.Reliability;

/// <summary>
/// A bounded fuzz of the endpoint: every hostile shape once, then random valid and invalid operations and variables
/// generated from the live schema, sent over POST, GET and application/graphql with assorted Accept headers. Seeded
/// (FUZZ_SEED, default 13) so a failure replays; FUZZ_CASES random cases (default 300; benchmarks/fuzz.sh runs more).
/// Every answer must pass <see cref="ResponseRules"/>, no server fault may reach the log, and the server must answer
/// an ordinary query at the end.
/// </summary>
public sealed class FuzzTests(LogCapturingApiFactory api, ITestOutputHelper output) : IClassFixture<LogCapturingApiFactory>
{
    private static readonly string?[] Accepts = [FuzzRequest.GraphQLResponseJson, "application/json", "*/*", null];

    [Fact]
    public async Task Every_fuzzed_request_gets_a_well_formed_answer_no_5xx_no_leak_and_the_server_keeps_serving()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("FUZZ_SEED"), out var s) ? s : 13;
        var cases = int.TryParse(Environment.GetEnvironmentVariable("FUZZ_CASES"), out var c) ? c : 300;
        var client = api.CreateClient();
        client.Timeout = TimeSpan.FromSeconds(60);
        var slowest = new List<(double Seconds, string Name)>();
        var schema = new LiveSchema((await client.PostGraphQLAsync(LiveSchema.IntrospectionQuery)).DataWithoutErrors());
        var random = new Random(seed);
        var generator = new OperationGenerator(schema, random);

        var requests = HostileRequests.All().Concat(Enumerable.Range(0, cases).Select(i => Random(generator, random, i))).ToList();
        var failures = new List<string>();
        var statuses = new Dictionary<int, int>();
        var started = System.Diagnostics.Stopwatch.StartNew();
        foreach (var request in requests)
        {
            using var message = request.ToMessage();
            var timer = System.Diagnostics.Stopwatch.StartNew();
            HttpResponseMessage response;
            try { response = await client.SendAsync(message); }
            catch (TaskCanceledException) { failures.Add($"no answer in {client.Timeout.TotalSeconds} s\n    request {request.Describe()}"); continue; }
            using var _ = response;
            var body = await response.Content.ReadAsStringAsync();
            slowest.Add((timer.Elapsed.TotalSeconds, request.Name));
            if (Environment.GetEnvironmentVariable("FUZZ_TRACE") is { } trace)
                File.AppendAllText(trace, $"{timer.Elapsed.TotalSeconds:F3} {(int)response.StatusCode} {request.Name}\n");
            statuses[(int)response.StatusCode] = statuses.GetValueOrDefault((int)response.StatusCode) + 1;
            foreach (var problem in ResponseRules.Check(response, body))
                failures.Add($"{problem}\n    request {request.Describe()}\n    answer {(int)response.StatusCode} {Shorten(body)}");
        }
        output.WriteLine($"{requests.Count} requests (seed {seed}) in {started.Elapsed.TotalSeconds:F1} s; statuses " +
            string.Join(", ", statuses.OrderBy(p => p.Key).Select(p => $"{p.Key}: {p.Value}")) + "; slowest " +
            string.Join(", ", slowest.OrderByDescending(t => t.Seconds).Take(5).Select(t => $"{t.Name} {t.Seconds:F2} s")));

        var faults = api.Log.Entries.Where(e => e.Level >= LogLevel.Error).ToList();
        Assert.True(failures.Count == 0, $"{failures.Count} of {requests.Count} answers broke the rules:\n" + string.Join("\n", failures.Take(20)));
        Assert.True(faults.Count == 0, $"{faults.Count} server faults logged:\n" + string.Join("\n", faults.Take(10).Select(f => f + "\n" + f.Exception)));
        await client.AssertStillServingAsync();
    }

    /// <summary>A generated operation, sent one of four ways.</summary>
    private static FuzzRequest Random(OperationGenerator generator, Random random, int index)
    {
        var operation = generator.Next();
        var accept = Accepts[random.Next(Accepts.Length)];
        var name = $"random #{index}";
        return random.Next(10) switch
        {
            0 => FuzzRequest.Get(name, "query=" + Uri.EscapeDataString(operation.Query)
                + (operation.Variables.Count > 0 ? "&variables=" + Uri.EscapeDataString(operation.Variables.ToJsonString()) : ""), accept),
            1 => FuzzRequest.Post(name, operation.Query, accept, "application/graphql"),
            2 => FuzzRequest.Post(name, new JsonObject { ["query"] = operation.Query, ["variables"] = operation.Variables.ToJsonString() }.ToJsonString(), accept),
            _ => FuzzRequest.Operation(name, operation.Query, operation.Variables, accept),
        };
    }

    private static string Shorten(string text) => text.Length > 400 ? text[..400] + "…" : text;
}
