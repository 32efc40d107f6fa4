namespace PostCatalog.Import.Tests.Support;

/// <summary>Small Markdown listing scrapes in the seeds' format, written to a folder for an import.</summary>
public static class Listings
{
    /// <summary>A scrape of <paramref name="page"/> taken at <paramref name="scraped"/>, listing the given post titles.</summary>
    public static string Markdown(string page, string scraped, params string[] titles)
    {
        var lines = new List<string>
        {
            "# Spotify Engineering", "", "**Source**: Spotify Engineering", $"**URL**: https://engineering.atspotify.com/{page}",
            $"**Scraped**: {scraped}", "**Category**: dev_code", "", "---", "",
        };
        foreach (var (title, i) in titles.Select((t, i) => (t, i)))
            lines.AddRange([$"JAN {i + 1}, 2024", title, $"{title} is explained at length in this post about {page}...", "DATA"]);
        lines.Add("Load More");
        return string.Join('\n', lines);
    }

    public static async Task<string> WriteAsync(string folder, string name, string text)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        await File.WriteAllTextAsync(path, text);
        return path;
    }
}
