namespace PostCatalog.GraphQL.Tests.Data.Filtering;

public sealed class CombinatorFilterTests : FilterTestBase
{
    [Fact]
    public void Fields_of_one_input_object_combine_with_and() =>
        Assert.Equal(["GraphQL basics"], Titles("""{ "isFeatured": { "eq": true }, "status": { "eq": "PUBLISHED" } }"""));

    [Fact]
    public void And_requires_every_entry() =>
        Assert.Equal(["EF Core and SQLite"],
            Titles("""{ "and": [{ "isFeatured": { "eq": true } }, { "status": { "eq": "DRAFT" } }] }"""));

    [Fact]
    public void Or_requires_any_entry() =>
        Assert.Equal(["EF Core and SQLite", "Untitled draft"],
            Titles("""{ "or": [{ "rating": { "eq": null } }, { "rating": { "lt": 2 } }] }"""));

    [Fact]
    public void Or_combines_with_sibling_fields_by_and() =>
        Assert.Equal(["Untitled draft"],
            Titles("""{ "or": [{ "rating": { "eq": null } }, { "rating": { "lt": 2 } }], "isFeatured": { "eq": false } }"""));

    [Fact]
    public void Nested_and_inside_or() =>
        Assert.Equal(["Advanced graphql", "Untitled draft"], Titles("""
            { "or": [
                { "and": [{ "status": { "eq": "PUBLISHED" } }, { "isFeatured": { "eq": false } }] },
                { "status": { "eq": "NOT_LISTED" } }
            ] }
            """));

    [Fact]
    public void An_empty_filter_keeps_everything() =>
        Assert.Equal(4, Titles("{}").Length);
}
