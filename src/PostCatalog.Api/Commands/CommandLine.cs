using System.CommandLine;

namespace PostCatalog.Api.Commands;

/// <summary>The verbs that run and exit. Anything else (no verb, or <c>serve</c>) starts the web host.</summary>
public static class CommandLine
{
    private static readonly string[] Verbs = ["import", "generate", "schema", "--help", "-h", "-?", "--version"];

    public static bool IsVerb(string[] args) => args.Length > 0 && Verbs.Contains(args[0]);

    public static Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("PostCatalog: a GraphQL API over a blog's post catalog. Without a verb, or with 'serve', it serves the API.")
        {
            ImportCommand.Create(),
            GenerateCommand.Create(),
            SchemaCommand.Create(),
        };
        return root.Parse(args).InvokeAsync();
    }

    /// <summary>Arguments for the web host: the optional 'serve' verb dropped, our own switches mapped to configuration keys.</summary>
    public static string[] ServeArguments(string[] args) => args is ["serve", .. var rest] ? rest : args;

    public static Dictionary<string, string> SwitchMappings { get; } = new()
    {
        ["--database"] = "Catalog:Database",
        ["--seeds"] = "Catalog:Seeds",
    };
}
