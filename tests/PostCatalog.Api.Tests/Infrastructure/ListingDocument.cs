namespace PostCatalog.Api.Tests.Infrastructure;

/// <summary>A markdown listing page (the seeds' format) of its own page address announcing one post no seed mentions
/// (its excerpt repeats the title: posts with one excerpt are one post).</summary>
public static class ListingDocument
{
    /// <summary>Writes the page to a new temporary folder and returns the folder (import it with <c>import FOLDER</c>).</summary>
    public static string Write(string name, int page, string title, string category = "DATA SCIENCE")
    {
        var folder = Directory.CreateTempSubdirectory("postcatalog-listing-").FullName;
        File.WriteAllText(Path.Combine(folder, name), $"""
            # Page {page} | Spotify Engineering

            **Source**: Spotify Engineering
            **URL**: https://engineering.atspotify.com/page/{page}
            **Scraped**: 2025-10-11T06:26:49.026842
            **Category**: dev_code

            ---

            Engineering
            OCT 1, 2025
            {title}
            {title}: announced by a test document, so that importing it adds exactly this post...
            {category}
            """);
        return folder;
    }
}
