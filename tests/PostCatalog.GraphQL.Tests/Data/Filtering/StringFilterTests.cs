namespace PostCatalog.GraphQL.Tests.Data.Filtering;

public sealed class StringFilterTests : FilterTestBase
{
    [Fact]
    public void Eq_matches_the_exact_string() =>
        Assert.Equal(["GraphQL basics"], Titles("""{ "title": { "eq": "GraphQL basics" } }"""));

    [Fact]
    public void Neq_keeps_every_other_string() =>
        Assert.Equal(["Advanced graphql", "EF Core and SQLite", "Untitled draft"], Titles("""{ "title": { "neq": "GraphQL basics" } }"""));

    [Fact]
    public void Contains_is_case_sensitive() =>
        Assert.Equal(["Advanced graphql"], Titles("""{ "title": { "contains": "graph" } }"""));

    [Fact]
    public void Ncontains_is_the_complement_of_contains() =>
        Assert.Equal(["EF Core and SQLite", "GraphQL basics", "Untitled draft"], Titles("""{ "title": { "ncontains": "graph" } }"""));

    [Fact]
    public void StartsWith_is_case_sensitive() =>
        Assert.Equal(["GraphQL basics"], Titles("""{ "title": { "startsWith": "Graph" } }"""));

    [Fact]
    public void StartsWith_does_not_ignore_case() =>
        Assert.Empty(Titles("""{ "title": { "startsWith": "graph" } }"""));

    [Fact]
    public void NstartsWith_keeps_the_rest() =>
        Assert.Equal(["Advanced graphql", "EF Core and SQLite", "Untitled draft"], Titles("""{ "title": { "nstartsWith": "Graph" } }"""));

    [Fact]
    public void EndsWith_matches_suffixes() =>
        Assert.Equal(["Untitled draft"], Titles("""{ "title": { "endsWith": "draft" } }"""));

    [Fact]
    public void EndsWith_does_not_ignore_case() =>
        Assert.Empty(Titles("""{ "title": { "endsWith": "DRAFT" } }"""));

    [Fact]
    public void NendsWith_keeps_the_rest() =>
        Assert.Equal(["Advanced graphql", "EF Core and SQLite", "GraphQL basics"], Titles("""{ "title": { "nendsWith": "draft" } }"""));

    [Fact]
    public void In_matches_any_listed_value() =>
        Assert.Equal(["GraphQL basics", "Untitled draft"], Titles("""{ "title": { "in": ["Untitled draft", "GraphQL basics", "missing"] } }"""));

    [Fact]
    public void Nin_excludes_the_listed_values() =>
        Assert.Equal(["Advanced graphql", "EF Core and SQLite"], Titles("""{ "title": { "nin": ["Untitled draft", "GraphQL basics"] } }"""));

    [Fact]
    public void Operations_in_one_input_combine_with_and() =>
        Assert.Equal(["GraphQL basics"], Titles("""{ "title": { "startsWith": "Graph", "endsWith": "basics", "ncontains": "SQL" } }"""));

    [Fact]
    public void Or_inside_the_operation_input_combines_its_entries() =>
        Assert.Equal(["GraphQL basics", "Untitled draft"],
            Titles("""{ "title": { "or": [{ "startsWith": "Graph" }, { "endsWith": "draft" }] } }"""));

    [Fact]
    public void And_inside_the_operation_input_combines_its_entries() =>
        Assert.Equal(["Advanced graphql"],
            Titles("""{ "title": { "and": [{ "contains": "graph" }, { "startsWith": "Adv" }] } }"""));

    [Fact]
    public void Negated_operations_match_null_members_and_positive_ones_do_not()
    {
        Assert.Equal(["GraphQL basics"], Titles("""{ "subtitle": { "contains": "steps" } }"""));
        Assert.Equal(["Advanced graphql", "EF Core and SQLite", "Untitled draft"], Titles("""{ "subtitle": { "ncontains": "steps" } }"""));
        Assert.Equal(["Advanced graphql", "EF Core and SQLite", "Untitled draft"], Titles("""{ "subtitle": { "neq": "First steps" } }"""));
    }
}
