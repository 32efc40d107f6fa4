namespace PostCatalog.GraphQL.Tests.Data.Filtering;

/// <summary>Ratings in the sample: GraphQL basics 5, Advanced graphql 4, EF Core and SQLite null, Untitled draft 1.</summary>
public sealed class ComparableFilterTests : FilterTestBase
{
    [Theory]
    [InlineData("eq", 4, new[] { "Advanced graphql" })]
    [InlineData("neq", 4, new[] { "EF Core and SQLite", "GraphQL basics", "Untitled draft" })]
    [InlineData("gt", 4, new[] { "GraphQL basics" })]
    [InlineData("ngt", 4, new[] { "Advanced graphql", "EF Core and SQLite", "Untitled draft" })]
    [InlineData("gte", 4, new[] { "Advanced graphql", "GraphQL basics" })]
    [InlineData("ngte", 4, new[] { "EF Core and SQLite", "Untitled draft" })]
    [InlineData("lt", 4, new[] { "Untitled draft" })]
    [InlineData("nlt", 4, new[] { "Advanced graphql", "EF Core and SQLite", "GraphQL basics" })]
    [InlineData("lte", 4, new[] { "Advanced graphql", "Untitled draft" })]
    [InlineData("nlte", 4, new[] { "EF Core and SQLite", "GraphQL basics" })]
    public void Int_operations_on_a_nullable_member(string operation, int value, string[] expected) =>
        Assert.Equal(expected, Titles($$"""{ "rating": { "{{operation}}": {{value}} } }"""));

    [Fact]
    public void In_and_nin_on_int() =>
        Assert.Equal((string[])["Advanced graphql", "Untitled draft"], Titles("""{ "rating": { "in": [1, 4] } }"""));

    [Fact]
    public void Nin_on_int_keeps_nulls() =>
        Assert.Equal((string[])["EF Core and SQLite", "GraphQL basics"], Titles("""{ "rating": { "nin": [1, 4] } }"""));

    [Fact]
    public void Long_compares_beyond_the_int_range() =>
        Assert.Equal(["Advanced graphql"], Titles("""{ "views": { "gt": 3000000000 } }"""));

    [Fact]
    public void Float_compares_fractions() =>
        Assert.Equal(["EF Core and SQLite", "Untitled draft"], Titles("""{ "score": { "lte": 2.0 } }"""));

    [Fact]
    public void Date_compares_calendar_days() =>
        Assert.Equal(["Advanced graphql", "GraphQL basics"], Titles("""{ "publishedOn": { "gte": "2024-01-01" } }"""));

    [Fact]
    public void Date_ngt_keeps_null_dates() =>
        Assert.Equal(["EF Core and SQLite", "GraphQL basics", "Untitled draft"], Titles("""{ "publishedOn": { "ngt": "2024-01-10" } }"""));

    [Fact]
    public void DateTime_compares_instants() =>
        Assert.Equal(["EF Core and SQLite", "GraphQL basics"], Titles("""{ "updatedAt": { "lt": "2024-03-01T00:00:00Z" } }"""));

    [Fact]
    public void Url_is_comparable_and_never_matches_a_null_url() =>
        Assert.Equal(["Untitled draft"], Titles("""{ "url": { "gt": "https://blog.example/h" } }"""));

    [Fact]
    public void Url_nlt_keeps_the_null_url() =>
        Assert.Equal(["EF Core and SQLite", "Untitled draft"], Titles("""{ "url": { "nlt": "https://blog.example/h" } }"""));
}
