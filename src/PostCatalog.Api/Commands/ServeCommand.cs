using System.CommandLine;
using PostCatalog.Api.Hosting;

namespace PostCatalog.Api.Commands;

/// <summary>
/// <c>serve [--urls URLS] [--database FILE | --provider PostgreSQL --connection TEXT] [--seeds PATH] [--Section:Key=value ...]</c>: serves the API (what runs
/// without a verb too). The options are configuration keys with a short name; anything not given comes from
/// appsettings.json and environment variables, as ASP.NET Core reads them.
/// </summary>
public static class ServeCommand
{
    private const string Description =
        "Serve the GraphQL API (the default without a verb). Any configuration key can be set as --Section:Key=value, "
        + "e.g. --GraphQL:Limits:MaxExecutionDepth=12; the environment as --environment NAME.";

    public static Command Create(string[] hostSwitches)
    {
        var command = new Command("serve", Description);
        Configure(command, hostSwitches);
        return command;
    }

    /// <summary>Gives <paramref name="command"/> serve's options and action (the root command serves too).</summary>
    public static void Configure(Command command, string[] hostSwitches)
    {
        var urls = new Option<string?>("--urls") { Description = "Addresses to listen on, ';'-separated (default http://localhost:5000)" };
        var seeds = new Option<string?>("--seeds") { Description = "Documents imported when the catalog is empty (default Catalog:Seeds: seeds/)" };
        command.Options.Add(urls);
        CommonOptions.AddTo(command);
        command.Options.Add(seeds);
        command.SetAction((parse, ct) =>
        {
            string[] settings =
            [
                .. hostSwitches,
                .. Setting("urls", parse.GetValue(urls)),
                .. CommonOptions.HostSettings(parse),
                .. Setting("Catalog:Seeds", parse.GetValue(seeds)),
            ];
            return CatalogHost.RunAsync(settings, ct);
        });
    }

    public static bool IsServe(Command command) => command is RootCommand || command.Name == "serve";

    private static string[] Setting(string key, string? value) => value is null ? [] : [$"--{key}={value}"];
}
