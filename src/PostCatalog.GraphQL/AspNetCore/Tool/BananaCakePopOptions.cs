namespace PostCatalog.GraphQL.AspNetCore.Tool;

/// <summary>Banana Cake Pop, served from the static files of the npm package <c>@chillicream/bananacakepop-graphql-ide</c>.</summary>
public sealed class BananaCakePopOptions
{
    /// <summary>Serve the IDE to browsers that GET the endpoint (or, when its files are missing, a page saying how to install them).</summary>
    public bool Enable { get; set; } = true;

    /// <summary>Folder holding the package's index.html and static/; relative paths resolve against the app's base directory.</summary>
    public string FilesPath { get; set; } = "bcp";

    /// <summary>Shown in the IDE's title bar and document list.</summary>
    public string Title { get; set; } = "GraphQL";

    /// <summary>The bundle's <c>disableTelemetry</c> flag in <c>bcp-config.json</c> (HotChocolate's
    /// <c>GraphQLToolOptions.DisableTelemetry</c>). On by default: the IDE sends no usage data.</summary>
    public bool DisableTelemetry { get; set; } = true;

    /// <summary>Hide the bundle's "Banana Cake Pop is now Nitro" banner. The bundle has no setting for it; it hides the
    /// banner once its cookie <c>chillicream_bcp_legacy_info_shown</c> is set, so the page sets that cookie.</summary>
    public bool HideNitroBanner { get; set; } = true;

    /// <summary>What the page shown in place of a missing IDE tells the reader to do (the host knows how it installs the files).</summary>
    public string InstallHint { get; set; } =
        "Install the npm package @chillicream/bananacakepop-graphql-ide and copy its files (index.html, static/) to that folder.";
}
