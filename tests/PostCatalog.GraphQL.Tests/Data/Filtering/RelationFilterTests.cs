namespace PostCatalog.GraphQL.Tests.Data.Filtering;

/// <summary>Labels in the sample: GraphQL basics [graphql], Advanced graphql [graphql, dotnet], EF Core and SQLite [dotnet, sql], Untitled draft [].</summary>
public sealed class RelationFilterTests : FilterTestBase
{
    [Fact]
    public void Nested_object_filter_follows_the_reference() =>
        Assert.Equal(["EF Core and SQLite", "GraphQL basics"], Titles("""{ "writer": { "name": { "eq": "Ada" } } }"""));

    [Fact]
    public void Nested_object_filter_never_matches_a_missing_reference() =>
        Assert.Equal(["Advanced graphql"], Titles("""{ "writer": { "name": { "neq": "Ada" } } }"""));

    [Fact]
    public void Some_matches_when_at_least_one_element_matches() =>
        Assert.Equal(["Advanced graphql", "EF Core and SQLite"], Titles("""{ "labels": { "some": { "name": { "eq": "dotnet" } } } }"""));

    [Fact]
    public void All_matches_when_every_element_matches_including_no_elements() =>
        Assert.Equal(["GraphQL basics", "Untitled draft"], Titles("""{ "labels": { "all": { "name": { "eq": "graphql" } } } }"""));

    [Fact]
    public void None_matches_when_no_element_matches() =>
        Assert.Equal(["GraphQL basics", "Untitled draft"], Titles("""{ "labels": { "none": { "name": { "eq": "dotnet" } } } }"""));

    [Fact]
    public void Any_true_matches_non_empty_collections() =>
        Assert.Equal(["Advanced graphql", "EF Core and SQLite", "GraphQL basics"], Titles("""{ "labels": { "any": true } }"""));

    [Fact]
    public void Any_false_matches_empty_collections() =>
        Assert.Equal(["Untitled draft"], Titles("""{ "labels": { "any": false } }"""));

    [Fact]
    public void Relation_filters_combine_with_scalar_filters() =>
        Assert.Equal(["GraphQL basics"],
            Titles("""{ "labels": { "some": { "name": { "startsWith": "graph" } } }, "writer": { "name": { "eq": "Ada" } } }"""));
}
