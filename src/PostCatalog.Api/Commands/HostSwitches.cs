namespace PostCatalog.Api.Commands;

/// <summary>
/// ASP.NET Core configuration given on the command line: <c>--Section:Key=value</c> or <c>--Section:Key value</c> (any
/// configuration key, as <c>dotnet run</c> users know them), and the host's own <c>--environment</c>,
/// <c>--contentRoot</c> and <c>--applicationName</c> (which WebApplicationFactory passes too, with empty
/// <c>--Section=</c> markers). They are not options of
/// ours, so they are taken out of the arguments before parsing and given to the web host's configuration as they were.
/// </summary>
public static class HostSwitches
{
    private static readonly string[] HostKeys = ["environment", "contentRoot", "applicationName"];

    public static (string[] Remaining, string[] Switches) Split(string[] args)
    {
        var remaining = new List<string>();
        var switches = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (!IsSwitch(args[i], out var hasValue))
            {
                remaining.Add(args[i]);
                continue;
            }

            switches.Add(args[i]);
            if (!hasValue && i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                switches.Add(args[++i]);
            }
        }

        return ([.. remaining], [.. switches]);
    }

    private static bool IsSwitch(string arg, out bool hasValue)
    {
        hasValue = false;
        if (!arg.StartsWith("--", StringComparison.Ordinal) || arg.Length == 2)
        {
            return false;
        }

        var equals = arg.IndexOf('=');
        var key = equals < 0 ? arg[2..] : arg[2..equals];
        hasValue = equals >= 0;
        // "--Section=" with nothing after it is how a configuration dump (WebApplicationFactory's) marks a section.
        var sectionMarker = equals == arg.Length - 1;
        return key.Contains(':') || sectionMarker || HostKeys.Contains(key, StringComparer.OrdinalIgnoreCase);
    }
}
