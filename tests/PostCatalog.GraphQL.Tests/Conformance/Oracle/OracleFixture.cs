using System.Diagnostics;
using System.Reflection;
using System.Text;
using System.Text.Json.Nodes;

namespace PostCatalog.GraphQL.Tests.Conformance.Oracle;

/// <summary>
/// Runs graphql-js once per test run: gathers the cases of every <see cref="IOracleCaseSource"/>,
/// sends them to <c>node tests/conformance-oracle/oracle.mjs</c> in one batch, and keeps the answers by id.
/// Use it through <c>[Collection(OracleCollection.Name)]</c>.
/// </summary>
public sealed class OracleFixture
{
    public const string InstallHint = "npm ci --prefix tests/conformance-oracle";

    private readonly Dictionary<string, JsonObject> _results = new(StringComparer.Ordinal);

    public OracleFixture()
    {
        string oracleDirectory = RepositoryPaths.OracleDirectory;
        if (!Directory.Exists(Path.Combine(oracleDirectory, "node_modules", "graphql")))
            throw new InvalidOperationException(
                $"The conformance oracle's graphql-js is not installed. From the repository root run: {InstallHint}");

        List<OracleCase> cases = DiscoverSources().SelectMany(source => source.GetCases()).ToList();
        var duplicate = cases.GroupBy(c => c.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new InvalidOperationException($"Two oracle cases share the id '{duplicate.Key}'.");

        CaseCount = cases.Count;
        if (cases.Count == 0) return;
        foreach (JsonObject result in Run(oracleDirectory, cases))
            _results[(string)result["id"]!] = result;
    }

    /// <summary>How many cases went to graphql-js in this run.</summary>
    public int CaseCount { get; }

    /// <summary>graphql-js's answer to the case with this id; fails the test if the mode crashed.</summary>
    public JsonObject Result(string id)
    {
        if (!_results.TryGetValue(id, out JsonObject? result))
            throw new InvalidOperationException($"No oracle result for '{id}': is its IOracleCaseSource discoverable?");
        if (result["crash"] is JsonNode crash)
            throw new InvalidOperationException($"The oracle crashed on '{id}': {crash}");
        return result;
    }

    private static IEnumerable<IOracleCaseSource> DiscoverSources() =>
        typeof(OracleFixture).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IOracleCaseSource).IsAssignableFrom(t)
                        && t.GetConstructor(Type.EmptyTypes) is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (IOracleCaseSource)Activator.CreateInstance(t)!);

    private static IEnumerable<JsonObject> Run(string oracleDirectory, List<OracleCase> cases)
    {
        string input = OracleJson.Write(cases.Select(c =>
        {
            var json = new JsonObject { ["id"] = c.Id, ["mode"] = c.Mode };
            foreach (var (key, value) in c.Fields) json[key] = value?.DeepClone();
            return json;
        }));

        // The batch goes through a file: no pipe deadlock, and it can be replayed by hand
        // (node tests/conformance-oracle/oracle.mjs <file>) when a case needs investigating.
        string inputFile = Path.Combine(Path.GetTempPath(), $"conformance-oracle-{Environment.ProcessId}.json");
        File.WriteAllText(inputFile, input, new UTF8Encoding(false));

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = oracleDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("oracle.mjs");
        start.ArgumentList.Add(inputFile);

        using Process process = Process.Start(start)
            ?? throw new InvalidOperationException("Could not start node; install Node.js 20+ and run " + InstallHint);
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        string stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"The conformance oracle failed (exit {process.ExitCode}): {stderr.Result}");

        File.Delete(inputFile);
        return JsonNode.Parse(stdout)!.AsArray().Select(node => node!.AsObject());
    }
}

[CollectionDefinition(Name)]
public sealed class OracleCollection : ICollectionFixture<OracleFixture>
{
    public const string Name = "Conformance oracle (graphql-js)";
}
