namespace PostCatalog.LoadDriver;

/// <summary>What one driver run sends, where, and how hard. Every limit is a command-line switch (see README.md).</summary>
public sealed record DriverOptions
{
    /// <summary>The GraphQL endpoint; only loopback addresses are accepted.</summary>
    public required Uri Url { get; init; }
    public required string OperationFile { get; init; }
    /// <summary>The request's variables as a JSON object.</summary>
    public string Variables { get; init; } = "{}";
    /// <summary>Requests per repetition (bounded: the run always ends).</summary>
    public int Requests { get; init; } = 2000;
    /// <summary>Requests in flight at any time.</summary>
    public int Concurrency { get; init; } = 8;
    public int Repetitions { get; init; } = 5;
    /// <summary>Requests sent before the first repetition and thrown away (JIT, caches, SQLite page cache).</summary>
    public int Warmup { get; init; } = 500;
    /// <summary>Per repetition, stop starting requests after this many seconds (0: no limit), so slow operations on
    /// big catalogs keep the whole run bounded in time as well as in requests.</summary>
    public double MaxSeconds { get; init; }
    /// <summary>When above 1: follow <c>endCursor</c> (at <see cref="CursorPath"/>) into the <c>after</c> variable up to this page first.</summary>
    public int WalkToPage { get; init; } = 1;
    /// <summary>Dotted path of the connection whose <c>pageInfo { hasNextPage endCursor }</c> the walk follows.</summary>
    public string CursorPath { get; init; } = "data.posts";

    public static DriverOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal)) throw new ArgumentException($"Expected --name value, got '{args[i]}'.");
            values[args[i][2..]] = args[i + 1];
        }
        int Int(string name, int fallback) => values.TryGetValue(name, out var v) ? int.Parse(v, System.Globalization.CultureInfo.InvariantCulture) : fallback;
        var defaults = new DriverOptions { Url = new Uri("http://127.0.0.1/"), OperationFile = "" };
        var options = new DriverOptions
        {
            Url = new Uri(values.GetValueOrDefault("url") ?? throw new ArgumentException("--url is required")),
            OperationFile = values.GetValueOrDefault("operation") ?? throw new ArgumentException("--operation is required"),
            Variables = values.GetValueOrDefault("variables") ?? defaults.Variables,
            Requests = Int("requests", defaults.Requests),
            Concurrency = Int("concurrency", defaults.Concurrency),
            Repetitions = Int("repetitions", defaults.Repetitions),
            Warmup = Int("warmup", defaults.Warmup),
            MaxSeconds = values.TryGetValue("max-seconds", out var seconds) ? double.Parse(seconds, System.Globalization.CultureInfo.InvariantCulture) : 0,
            WalkToPage = Int("walk-to-page", defaults.WalkToPage),
            CursorPath = values.GetValueOrDefault("cursor-path") ?? defaults.CursorPath,
        };
        if (!options.Url.IsLoopback) throw new ArgumentException($"{options.Url} is not a loopback address; this driver only loads the local machine.");
        if (options.Requests < 1 || options.Concurrency < 1 || options.Repetitions < 1 || options.Warmup < 0)
            throw new ArgumentException("--requests, --concurrency and --repetitions must be at least 1, --warmup at least 0.");
        return options;
    }
}
