using System.Text.Json;
using PostCatalog.GraphQL.Data;
using PostCatalog.GraphQL.Data.Paging;
using PostCatalog.GraphQL.Data.Sorting;
using PostCatalog.GraphQL.Execution;
using PostCatalog.GraphQL.Tests.Data.Fixtures;
using PostCatalog.GraphQL.Types;

namespace PostCatalog.GraphQL.Tests.Data.Projections;

/// <summary>
/// A connection's page statement reads the columns its selected node fields read, and no others (HotChocolate's
/// <c>UseProjection</c>); a field that does not say what it reads gets the whole row.
/// </summary>
public sealed class NodeProjectionTests : IDisposable
{
    private readonly BlogDatabase _database = GeneratedArticles.CreateDatabase(12);

    private Schema CreateSchema()
    {
        var data = new DataConventions();
        return new SchemaBuilder()
            .AddEnumType<ArticleStatus>()
            .AddObjectType<Article>("Article", type => type
                .Field("id", "Int!", a => a.Id)
                .Field("title", "String!", a => a.Title)
                .Field("subtitle", "String", a => a.Subtitle)
                .Field("shout", "String!", f => f
                    .Description("Declares what it reads.")
                    .ReadsParent<Article>(a => a.Title)
                    .Resolve(ctx => ctx.Parent<Article>().Title.ToUpperInvariant()))
                .Field("link", "String", f => f
                    .Description("Says nothing about what it reads.")
                    .Resolve(ctx => ctx.Parent<Article>().Url)))
            .AddQueryType(query => query.Field("articles", field => field
                .UsePaging<Article>(data, a => a.Id)
                .UseSorting(data, ArticleConventions.ArticleSort)
                .Resolve(_ => _database.CreateContext().Articles)))
            .AddDataTypes(data)
            .Build();
    }

    private (JsonElement Data, string PageSql) Execute(string query)
    {
        var executor = new RequestExecutor(CreateSchema());
        _database.Log.Clear();
        var result = executor.ExecuteAsync(query).GetAwaiter().GetResult();
        var json = JsonDocument.Parse(result.ToJson()).RootElement.Clone();
        Assert.False(json.TryGetProperty("errors", out var errors), errors.ToString());
        return (json.GetProperty("data"), _database.Log.Commands.Single(c => c.Contains("ORDER BY")));
    }

    /// <summary>The columns the statement reads, lower-cased (the fixture's columns are named as the properties).</summary>
    private static string SelectList(string sql) => sql[..sql.IndexOf("FROM", StringComparison.Ordinal)].ToLowerInvariant();

    [Fact]
    public void A_page_reads_only_the_columns_of_the_selected_fields_and_its_ordering()
    {
        var (_, sql) = Execute("{ articles(first: 3, order: [{ rating: DESC }]) { nodes { title } } }");

        var columns = SelectList(sql);
        Assert.Contains("\"title\"", columns);
        Assert.Contains("\"rating\"", columns);
        Assert.Contains("\"id\"", columns);
        Assert.DoesNotContain("\"subtitle\"", columns);
        Assert.DoesNotContain("\"url\"", columns);
    }

    [Fact]
    public void Fields_under_edges_and_fragments_are_read()
    {
        var (data, sql) = Execute("{ articles(first: 2) { edges { node { ... on Article { subtitle } } } } }");

        Assert.Contains("\"subtitle\"", SelectList(sql));
        Assert.Equal(2, data.GetProperty("articles").GetProperty("edges").GetArrayLength());
    }

    [Fact]
    public void A_resolver_that_declares_what_it_reads_gets_those_members()
    {
        var (data, sql) = Execute("{ articles(first: 2) { nodes { id shout } } }");

        Assert.DoesNotContain("\"url\"", SelectList(sql));
        using var context = _database.CreateContext();
        var expected = context.Articles.OrderBy(a => a.Id).Take(2).AsEnumerable().Select(a => a.Title.ToUpperInvariant());
        Assert.Equal(expected, data.GetProperty("articles").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("shout").GetString()));
    }

    [Fact]
    public void A_resolver_that_does_not_say_what_it_reads_gets_the_whole_row()
    {
        var (data, sql) = Execute("{ articles(first: 12) { nodes { id link } } }");

        Assert.Contains("\"subtitle\"", SelectList(sql));
        using var context = _database.CreateContext();
        var expected = context.Articles.OrderBy(a => a.Id).Take(12).AsEnumerable().Select(a => a.Url);
        Assert.Equal(expected, data.GetProperty("articles").GetProperty("nodes").EnumerateArray()
            .Select(n => n.GetProperty("link").ValueKind == JsonValueKind.Null ? null : n.GetProperty("link").GetString()));
    }

    public void Dispose() => _database.Dispose();
}
