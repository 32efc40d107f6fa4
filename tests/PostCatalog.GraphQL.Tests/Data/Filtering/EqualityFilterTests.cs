namespace PostCatalog.GraphQL.Tests.Data.Filtering;

public sealed class EqualityFilterTests : FilterTestBase
{
    [Fact]
    public void Boolean_eq() =>
        Assert.Equal(["EF Core and SQLite", "GraphQL basics"], Titles("""{ "isFeatured": { "eq": true } }"""));

    [Fact]
    public void Boolean_neq() =>
        Assert.Equal(["Advanced graphql", "Untitled draft"], Titles("""{ "isFeatured": { "neq": true } }"""));

    [Fact]
    public void Enum_eq_takes_the_graphql_value_name() =>
        Assert.Equal(["Untitled draft"], Titles("""{ "status": { "eq": "NOT_LISTED" } }"""));

    [Fact]
    public void Enum_in_and_nin()
    {
        Assert.Equal(["Advanced graphql", "EF Core and SQLite", "GraphQL basics"], Titles("""{ "status": { "in": ["DRAFT", "PUBLISHED"] } }"""));
        Assert.Equal(["Advanced graphql", "GraphQL basics"], Titles("""{ "status": { "nin": ["DRAFT", "NOT_LISTED"] } }"""));
        Assert.Equal(["EF Core and SQLite", "Untitled draft"], Titles("""{ "status": { "neq": "PUBLISHED" } }"""));
    }

    [Fact]
    public void Id_values_arrive_as_strings_and_match_integer_keys()
    {
        Assert.Equal(["Advanced graphql"], Titles("""{ "id": { "eq": "2" } }"""));
        Assert.Equal(["EF Core and SQLite", "GraphQL basics"], Titles("""{ "id": { "in": ["1", "3"] } }"""));
    }
}
