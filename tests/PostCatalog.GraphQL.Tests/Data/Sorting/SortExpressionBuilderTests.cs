using Microsoft.EntityFrameworkCore;
using PostCatalog.GraphQL.Data.Sorting;
using PostCatalog.GraphQL.Tests.Data.Fixtures;

namespace PostCatalog.GraphQL.Tests.Data.Sorting;

public sealed class SortExpressionBuilderTests : IDisposable
{
    private readonly BlogDatabase _database = new(SampleArticles.Create());

    private string[] Titles(string order)
    {
        using var context = _database.CreateContext();
        var keys = SortExpressionBuilder.Build(ArticleConventions.ArticleSort, InputJson.List(order));
        return SortExpressionBuilder.Apply(context.Articles, keys).Select(a => a.Title).ToArray();
    }

    [Fact]
    public void One_field_ascending() =>
        Assert.Equal(["Advanced graphql", "EF Core and SQLite", "GraphQL basics", "Untitled draft"], Titles("""[{ "title": "ASC" }]"""));

    [Fact]
    public void One_field_descending() =>
        Assert.Equal(["Untitled draft", "GraphQL basics", "EF Core and SQLite", "Advanced graphql"], Titles("""[{ "title": "DESC" }]"""));

    [Fact]
    public void Entries_apply_in_order_as_then_by() =>
        Assert.Equal(["EF Core and SQLite", "GraphQL basics", "Advanced graphql", "Untitled draft"],
            Titles("""[{ "isFeatured": "DESC" }, { "title": "ASC" }]"""));

    [Fact]
    public void Fields_within_one_entry_apply_in_the_order_given() =>
        Assert.Equal(["EF Core and SQLite", "GraphQL basics", "Advanced graphql", "Untitled draft"],
            Titles("""[{ "status": "ASC", "title": "DESC" }]"""));

    [Fact]
    public void Nulls_sort_first_ascending_and_last_descending()
    {
        Assert.Equal(["EF Core and SQLite", "Untitled draft", "Advanced graphql", "GraphQL basics"], Titles("""[{ "rating": "ASC" }]"""));
        Assert.Equal(["GraphQL basics", "Advanced graphql", "Untitled draft", "EF Core and SQLite"], Titles("""[{ "rating": "DESC" }]"""));
    }

    [Fact]
    public void Nested_objects_sort_through_their_sort_input() =>
        Assert.Equal(["Untitled draft", "EF Core and SQLite", "GraphQL basics", "Advanced graphql"],
            Titles("""[{ "writer": { "name": "ASC" } }, { "title": "ASC" }]"""));

    [Fact]
    public void The_ordering_runs_in_sql()
    {
        using var context = _database.CreateContext();
        var keys = SortExpressionBuilder.Build(ArticleConventions.ArticleSort, InputJson.List("""[{ "writer": { "name": "DESC" } }, { "publishedOn": "ASC" }]"""));

        var sql = SortExpressionBuilder.Apply(context.Articles, keys).ToQueryString();

        Assert.Contains("ORDER BY \"w\".\"Name\" DESC, \"a\".\"PublishedOn\"", sql);
    }

    [Fact]
    public void An_unknown_direction_is_rejected() =>
        Assert.Throws<ArgumentException>(() => Titles("""[{ "title": "UP" }]"""));

    public void Dispose() => _database.Dispose();
}
