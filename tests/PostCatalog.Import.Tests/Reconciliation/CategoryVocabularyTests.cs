using PostCatalog.Import.Readers;
using PostCatalog.Import.Reconciliation;

namespace PostCatalog.Import.Tests.Reconciliation;

public sealed class CategoryVocabularyTests
{
    private static CategoryVocabulary SiteVocabulary()
    {
        var vocabulary = new CategoryVocabulary();
        foreach (var (name, slug, id) in new[]
                 {
                     ("Backstage", "backstage", 147), ("Data", "data", 2), ("Data Science", "data-science", 3), ("Design", "design", 146),
                     ("Developer Tools", "developer-tools", 4), ("Infrastructure", "infrastructure", 5), ("Machine Learning", "maching-learning", 7),
                     ("Mobile", "mobile", 8), ("Open Source", "open-source", 10), ("People", "people", 11), ("Platform", "platform", 149),
                     ("Product", "product", 148), ("Web", "web", 144),
                 })
            vocabulary.Add(new CategoryRef(name, slug, id));
        return vocabulary;
    }

    [Theory]
    [InlineData("DataData SciencePeoplePlatform", "Data", "Data Science", "People", "Platform")]
    [InlineData("DataData ScienceDeveloper ToolsMachine LearningPlatformProduct", "Data", "Data Science", "Developer Tools", "Machine Learning", "Platform", "Product")]
    [InlineData("Developer ToolsOpen SourcePeople", "Developer Tools", "Open Source", "People")]
    [InlineData("Data ScienceMachine LearningProduct", "Data Science", "Machine Learning", "Product")]
    [InlineData("DataData Science", "Data", "Data Science")]
    [InlineData("BackstageDeveloper ToolsPlatform", "Backstage", "Developer Tools", "Platform")]
    public void Run_together_lists_split_into_known_categories(string printed, params string[] expected)
    {
        var (known, unknown) = SiteVocabulary().SplitRunTogether(printed);

        Assert.Equal(expected, known.Select(c => c.Name));
        Assert.Empty(unknown);
    }

    [Fact]
    public void Text_outside_the_vocabulary_is_cut_at_case_changes_and_returned_as_unknown()
    {
        var (known, unknown) = SiteVocabulary().SplitRunTogether("TestThis is a new cat");

        Assert.Empty(known);
        Assert.Equal(["Test", "This is a new cat"], unknown);
    }

    [Fact]
    public void Names_slugs_and_spellings_of_one_category_resolve_to_one_entry()
    {
        var vocabulary = SiteVocabulary();

        var entry = vocabulary.Find(new CategoryRef(null, "maching-learning"));
        Assert.Same(entry, vocabulary.Find(new CategoryRef("MACHINE LEARNING")));
        Assert.Same(vocabulary.Find(new CategoryRef(null, WordPressId: 3)), vocabulary.Find(new CategoryRef("Data-Science")));
        Assert.Equal(13, vocabulary.Entries.Count);
    }

    [Fact]
    public void A_capitalised_name_is_stored_in_title_case_until_the_site_spells_it()
    {
        var vocabulary = new CategoryVocabulary();
        var entry = vocabulary.Add(new CategoryRef("DEVELOPER EXPERIENCE"));
        Assert.Equal(("Developer Experience", "developer-experience"), (entry.Name, entry.Slug));

        vocabulary.Add(new CategoryRef("Developer eXperience", "dev-x", 99));
        Assert.Equal(("Developer eXperience", "dev-x", 99), (entry.Name, entry.Slug, entry.WordPressId));
    }
}
