using PostCatalog.GraphQL.Data;

namespace PostCatalog.GraphQL.Tests.Data.Filtering;

public sealed class NullFilterTests : FilterTestBase
{
    [Fact]
    public void Eq_null_on_a_nullable_member_matches_nulls() =>
        Assert.Equal(["Advanced graphql", "Untitled draft"], Titles("""{ "subtitle": { "eq": null } }"""));

    [Fact]
    public void Neq_null_on_a_nullable_member_matches_values() =>
        Assert.Equal(["EF Core and SQLite", "GraphQL basics"], Titles("""{ "subtitle": { "neq": null } }"""));

    [Fact]
    public void Eq_null_on_a_nullable_int_matches_nulls() =>
        Assert.Equal(["EF Core and SQLite"], Titles("""{ "rating": { "eq": null } }"""));

    [Fact]
    public void A_field_given_as_null_adds_no_condition() =>
        Assert.Equal(4, Titles("""{ "title": null, "writer": null }""").Length);

    [Fact]
    public void Eq_null_on_a_non_null_member_is_HC0026()
    {
        var error = Assert.Throws<DataErrorException>(() => Titles("""{ "title": { "eq": null } }"""));

        Assert.Equal("HC0026", error.Code);
        Assert.Equal("The provided value for filter `eq` of type StringOperationFilterInput is invalid. Null values are not supported.", error.Message);
        Assert.Equal("String!", error.Extensions["expectedType"]);
        Assert.Equal("StringOperationFilterInput", error.Extensions["filterType"]);
    }

    [Fact]
    public void Contains_null_is_HC0026_even_on_a_nullable_member()
    {
        var error = Assert.Throws<DataErrorException>(() => Titles("""{ "subtitle": { "contains": null } }"""));

        Assert.Equal("HC0026", error.Code);
        Assert.Equal("The provided value for filter `contains` of type StringOperationFilterInput is invalid. Null values are not supported.", error.Message);
    }

    [Fact]
    public void In_null_is_HC0026_expecting_a_list()
    {
        var error = Assert.Throws<DataErrorException>(() => Titles("""{ "status": { "in": null } }"""));

        Assert.Equal("HC0026", error.Code);
        Assert.Equal("[ArticleStatus!]!", error.Extensions["expectedType"]);
        Assert.Equal("ArticleStatusOperationFilterInput", error.Extensions["filterType"]);
    }

    [Fact]
    public void Gt_null_is_HC0026()
    {
        var error = Assert.Throws<DataErrorException>(() => Titles("""{ "rating": { "gt": null } }"""));

        Assert.Equal("The provided value for filter `gt` of type IntOperationFilterInput is invalid. Null values are not supported.", error.Message);
        Assert.Equal("Int!", error.Extensions["expectedType"]);
    }

    [Fact]
    public void Any_null_on_a_list_is_HC0026()
    {
        var error = Assert.Throws<DataErrorException>(() => Titles("""{ "labels": { "any": null } }"""));

        Assert.Equal("HC0026", error.Code);
        Assert.Equal("ListFilterInputTypeOfLabelFilterInput", error.Extensions["filterType"]);
    }
}
