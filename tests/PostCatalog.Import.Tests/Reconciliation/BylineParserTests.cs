using PostCatalog.Import.Reconciliation;

namespace PostCatalog.Import.Tests.Reconciliation;

/// <summary>Every byline phrasing of the Data Science archive, parsed to authors and roles in byline order.</summary>
public sealed class BylineParserTests
{
    [Theory]
    [InlineData("Michael Bellato, Mårten Schultzberg, and Sebastian Ankargren",
        "Michael Bellato|-", "Mårten Schultzberg|-", "Sebastian Ankargren|-")]
    [InlineData("Molly Zhu (Senior Engineering Manager), Xin Xu (Senior ML Engineer), and Kathy Gao (Senior Data Scientist)",
        "Molly Zhu|Senior Engineering Manager", "Xin Xu|Senior ML Engineer", "Kathy Gao|Senior Data Scientist")]
    [InlineData("Federica Luraschi, Senior Data Scientist, with co-author Serena Fang",
        "Federica Luraschi|Senior Data Scientist", "Serena Fang|-")]
    [InlineData("Skyler Johnson, Senior Data Scientist", "Skyler Johnson|Senior Data Scientist")]
    [InlineData("Anastasia Khlebnikova (Senior Engineer) and Carol Cunha (Product Manager)",
        "Anastasia Khlebnikova|Senior Engineer", "Carol Cunha|Product Manager")]
    [InlineData("Mårten Schultzberg, Sr. Manager, Staff Data Scientist", "Mårten Schultzberg|Sr. Manager, Staff Data Scientist")]
    [InlineData("Mårten Schultzberg (Sr. Manager, Staff Data Scientist), Sebastian Ankargren (Sr. Data Scientist), and Mattias Frånberg (Sr. Data Scientist)",
        "Mårten Schultzberg|Sr. Manager, Staff Data Scientist", "Sebastian Ankargren|Sr. Data Scientist", "Mattias Frånberg|Sr. Data Scientist")]
    [InlineData("Published by Peter Sobot, Staff ML Engineer", "Peter Sobot|Staff ML Engineer")]
    [InlineData("Bradley Doll (Insights Manager), Jeffrey Li (Insights Manager), and Tolga Oztan (Sr. Data Scientist)",
        "Bradley Doll|Insights Manager", "Jeffrey Li|Insights Manager", "Tolga Oztan|Sr. Data Scientist")]
    public void Parses_authors_with_the_role_printed_beside_each_name(string byline, params string[] expected)
    {
        var authors = BylineParser.Parse(byline).Select(a => $"{a.Name}|{a.Role ?? "-"}");

        Assert.Equal(expected, authors);
    }

    [Fact]
    public void Two_plain_names_joined_by_and_are_two_authors() =>
        Assert.Equal(["Ada Lovelace", "Grace Hopper"], BylineParser.Parse("Ada Lovelace and Grace Hopper").Select(a => a.Name));
}
