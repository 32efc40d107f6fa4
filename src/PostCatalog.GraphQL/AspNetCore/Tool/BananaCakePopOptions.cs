namespace PostCatalog.GraphQL.AspNetCore.Tool;

/// <summary>Banana Cake Pop, served from the static files of the npm package <c>@chillicream/bananacakepop-graphql-ide</c>.</summary>
public sealed class BananaCakePopOptions
{
    /// <summary>Serve the IDE to browsers that GET the endpoint.</summary>
    public bool Enable { get; set; } = true;

    /// <summary>Folder holding the package's index.html and static/; relative paths resolve against the app's base directory.</summary>
    public string FilesPath { get; set; } = "bcp";

    /// <summary>Shown in the IDE's title bar and document list.</summary>
    public string Title { get; set; } = "GraphQL";
}
