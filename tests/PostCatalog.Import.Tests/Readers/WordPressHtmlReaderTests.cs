using PostCatalog.Import.Documents;
using PostCatalog.Import.Readers;
using PostCatalog.Import.Tests.Support;

namespace PostCatalog.Import.Tests.Readers;

public sealed class WordPressHtmlReaderTests
{
    private readonly WordPressHtmlReader _reader = new();

    [Fact]
    public void Home_page_gives_every_article_with_id_url_thumbnail_categories_and_tags()
    {
        var result = _reader.Read(SeedFiles.Load(SeedFiles.WordPressHome));

        // 24 articles plus the featured block repeating the newest one.
        Assert.Equal(25, result.Mentions.Count);
        Assert.Empty(result.Warnings);
        var dalia = result.Mentions.Single(m => m.WordPressId == 7199);
        Assert.Equal("Are You a Dalia? How We Created Data Science Personas for Spotify’s Analytics Platform", dalia.Title);
        Assert.Equal("September 5, 2024", dalia.DateText);
        Assert.Equal("https://engineering.atspotify.com/2024/09/are-you-a-dalia-how-we-created-data-science-personas-for-spotifys-analytics-platform/", dalia.Url);
        Assert.Equal("https://storage.googleapis.com/production-eng/1/2024/09/EN223_Dalia-Persona_BlogPost_1200-x-590.png", dalia.ThumbnailUrl);
        Assert.StartsWith("On Spotify’s Analytics Platform, we’re dedicated", dalia.Excerpt);
        Assert.EndsWith("practitio...", dalia.Excerpt);
        Assert.Equal(["data", "data-science", "people", "platform"], dalia.Categories.Select(c => c.Slug));
        Assert.Equal(["data", "engineering-culture"], dalia.Tags.Select(t => t.Slug));
        Assert.StartsWith("article#post-7199 (line 3, column ", dalia.Position);
    }

    [Fact]
    public void Positions_point_at_the_element_in_the_file_even_on_one_very_long_line()
    {
        var document = SeedFiles.Load(SeedFiles.WordPressHome);
        var mention = _reader.Read(document).Mentions.Single(m => m.WordPressId == 6451);

        var column = int.Parse(mention.Position.Split("column ")[1].TrimEnd(')'));
        Assert.StartsWith("<article id=\"post-6451\"", document.Lines[2][(column - 1)..]);
    }

    [Fact]
    public void Category_filter_menu_gives_wordpress_ids_and_the_sites_own_slugs()
    {
        var categories = _reader.Read(SeedFiles.Load(SeedFiles.WordPressHome)).Categories;

        Assert.Equal(15, categories.Count);
        var machineLearning = categories.Single(c => c.Category.Name == "Machine Learning").Category;
        Assert.Equal("maching-learning", machineLearning.Slug);
        Assert.Equal(7, machineLearning.WordPressId);
    }

    [Fact]
    public void Featured_block_is_read_as_a_mention_with_its_longer_excerpt()
    {
        var featured = _reader.Read(SeedFiles.Load(SeedFiles.WordPressHome)).Mentions.Single(m => m.WordPressId is null);

        Assert.Equal("How We Generated Millions of Content Annotations", featured.Title);
        Assert.StartsWith("main#main > div.main-post-wrapper > div.main-post (line 3", featured.Position);
        Assert.EndsWith("it has become [...]", featured.Excerpt);
    }

    [Fact]
    public void Truncated_html_warns_at_the_broken_article_and_keeps_the_complete_ones()
    {
        var html = """
            <!doctype html><html><body><ul>
            <li class="post-1 category-data"><article id="post-1"><div class="info"><span class="date">May 1, 2024</span>
            <h2><a href="https://example.org/2024/05/first/">First</a></h2> Excerpt one...</div></article></li>
            <li class="post-2"><article id="post-2"><div class="info"><span class="da
            """;

        var result = _reader.Read(new SourceDocument("broken.html", html));

        var first = Assert.Single(result.Mentions);
        Assert.Equal("First", first.Title);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal("broken.html", warning.Document);
        Assert.StartsWith("article#post-2 (line 4", warning.Position);
        Assert.Contains("without a title", warning.Message);
    }

    [Fact]
    public void Datetime_attributes_are_preferred_over_printed_dates()
    {
        var html = """<html><body><article id="post-9"><div class="info"><time datetime="2024-02-03T10:00:00+01:00">Feb 3</time><h2><a href="https://example.org/x/">X</a></h2></div></article></body></html>""";

        var mention = Assert.Single(_reader.Read(new SourceDocument("t.html", html)).Mentions);

        Assert.Equal("2024-02-03T10:00:00+01:00", mention.DateText);
    }

    [Fact]
    public void Is_chosen_by_content_not_by_file_name()
    {
        Assert.True(_reader.Recognizes(SeedFiles.Load(SeedFiles.WordPressHome)));
        Assert.False(_reader.Recognizes(SeedFiles.Load(SeedFiles.HomeMarkdown)));
        Assert.IsType<WordPressHtmlReader>(DocumentReaders.Choose(new SourceDocument("notes.txt", "junk\n<html><body></body></html>")));
    }
}
