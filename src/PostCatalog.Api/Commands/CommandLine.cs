using System.CommandLine;

namespace PostCatalog.Api.Commands;

/// <summary>
/// The one command-line parser, for every verb: <c>serve</c> (also what runs without a verb), <c>import</c>,
/// <c>generate</c> and <c>schema</c>. Unknown options are errors; ASP.NET Core's own configuration switches
/// (<c>--Section:Key=value</c>, <c>--environment</c>) are taken out first and handed to the web host (see <see cref="HostSwitches"/>).
/// </summary>
public static class CommandLine
{
    private static readonly string[] OtherVerbs = ["import", "generate", "schema"];

    public static Task<int> RunAsync(string[] args)
    {
        var serves = args.Length == 0 || !OtherVerbs.Contains(args[0]);
        var (parsed, hostSwitches) = serves ? HostSwitches.Split(args) : (args, []);

        var root = new RootCommand("PostCatalog: a GraphQL API over a blog's post catalog. Without a verb it serves the API, as 'serve' does.")
        {
            ServeCommand.Create(hostSwitches),
            ImportCommand.Create(),
            GenerateCommand.Create(),
            SchemaCommand.Create(),
        };
        ServeCommand.Configure(root, hostSwitches);

        var result = root.Parse(parsed);
        // The web host handles Ctrl+C itself (a graceful stop); the other verbs get it as cancellation of their token.
        // Exceptions are not turned into a printed stack trace and exit code 1 here: each verb reports its own failures.
        var invocation = new InvocationConfiguration { EnableDefaultExceptionHandler = false };
        if (ServeCommand.IsServe(result.CommandResult.Command)) invocation.ProcessTerminationTimeout = null;
        return result.InvokeAsync(invocation);
    }
}
