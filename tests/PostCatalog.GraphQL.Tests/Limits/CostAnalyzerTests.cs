using PostCatalog.GraphQL.Execution;
using PostCatalog.GraphQL.Execution.Limits;
using PostCatalog.GraphQL.Types;

namespace PostCatalog.GraphQL.Tests.Limits;

/// <summary>
/// Cost analysis as HotChocolate 14 computes it: resolver fields weigh 10, other composite fields 1, leaves 0;
/// lists multiply their selections by <c>first</c>/<c>last</c>, the default page size, or their list argument's length.
/// The figures of HotChocolate's own documentation example (book: 11, books(first: 50): 111) are the first two tests.
/// </summary>
public class CostAnalyzerTests
{
    private const string Sdl = """
        type Query {
          book: Book
          books(first: Int, after: String, last: Int, before: String, where: BookFilterInput, order: [BookSortInput!]): BooksConnection
          search: SearchResult
          byIds(ids: [ID!]!): [Book]!
          shelf: [Book!]!
        }
        type Book { title: String author: Author }
        type Author { name: String books(first: Int): BooksConnection }
        type Magazine { title: String issues: [Book!]! }
        union SearchResult = Book | Magazine
        type BooksConnection { edges: [BooksEdge!] nodes: [Book!] totalCount: Int! }
        type BooksEdge { cursor: String! node: Book! }
        input BookFilterInput { and: [BookFilterInput!] title: StringOperationFilterInput }
        input StringOperationFilterInput { eq: String contains: String }
        input BookSortInput { title: SortEnumType }
        enum SortEnumType { ASC DESC }
        """;

    private static readonly Schema Schema = SchemaBuilder.FromSdl(Sdl)
        .BindResolver("Query.book", _ => null)
        .BindResolver("Query.books", _ => null)
        .BindResolver("Query.search", _ => null)
        .BindResolver("Query.byIds", _ => Array.Empty<object>())
        .BindResolver("Author.books", _ => null)
        .Build();

    private static async Task<CostMetrics> CostOf(string query, IReadOnlyDictionary<string, object?>? variables = null,
        CostOptions? options = null)
    {
        CostMetrics? measured = null;
        var executor = new RequestExecutor(Schema) { Limits = [new Recorder(new CostLimit(options ?? new CostOptions { EnforceCostLimits = false }), m => measured = m)] };
        var result = await executor.ExecuteAsync(new OperationRequest
        {
            Query = query,
            Variables = variables,
            ContextData = { [CostRequestFlags.ReportCost] = true },
        });
        Assert.True(measured is not null, "no cost measured: " + result.ToJson());
        return measured!.Value;
    }

    [Fact]
    public async Task A_resolver_field_weighs_10_and_a_plain_object_field_1()
    {
        var cost = await CostOf("{ book { title author { name } } }");

        Assert.Equal(new CostMetrics(FieldCost: 11, TypeCost: 3), cost);
    }

    [Fact]
    public async Task A_connection_multiplies_its_edges_by_first()
    {
        var cost = await CostOf("{ books(first: 50) { edges { node { title author { name } } } } }");

        // books 10 + edges (1 + 50 x (node 1 + author 1)); types: Query + BooksConnection + 50 x (edge + book + author).
        Assert.Equal(new CostMetrics(FieldCost: 111, TypeCost: 152), cost);
    }

    [Fact]
    public async Task Without_first_or_last_a_connection_is_priced_at_the_default_page_size()
    {
        var cost = await CostOf("{ books { nodes { author { name } } } }", options: new CostOptions { EnforceCostLimits = false, DefaultPageSize = 10 });

        Assert.Equal(new CostMetrics(FieldCost: 10 + 1 + 10 * 1, TypeCost: 1 + 1 + 10 * 2), cost);
    }

    [Fact]
    public async Task The_larger_of_first_and_last_counts_and_variables_are_read()
    {
        var cost = await CostOf("query($n: Int) { books(first: 2, last: $n) { nodes { title } } }",
            new Dictionary<string, object?> { ["n"] = 7L });

        Assert.Equal(new CostMetrics(FieldCost: 10 + 1, TypeCost: 1 + 1 + 7), cost);
    }

    [Fact]
    public async Task Nested_connections_multiply()
    {
        var cost = await CostOf("{ books(first: 10) { nodes { author { books(first: 10) { totalCount nodes { title } } } } } }");

        // inner books: 10 + totalCount 10 + nodes 1 = 21; outer nodes: 1 + 10 x (author 1 + 21) = 221; books 10.
        Assert.Equal(231, cost.FieldCost);
        Assert.Equal(1 + 1 + 10 * (1 + 1 + 1 + 10), cost.TypeCost);
    }

    [Fact]
    public async Task A_list_with_a_list_argument_is_as_long_as_that_argument()
    {
        var cost = await CostOf("""{ byIds(ids: ["a", "b", "c"]) { author { name } } }""");

        Assert.Equal(new CostMetrics(FieldCost: 10 + 3 * 1, TypeCost: 1 + 3 * 2), cost);
    }

    [Fact]
    public async Task Filter_and_sort_arguments_weigh_their_argument_and_each_operation()
    {
        var cost = await CostOf("""{ books(first: 1, where: { title: { eq: "a", contains: "b" } }, order: [{ title: ASC }]) { totalCount } }""");

        // books 10; where 10 + title (input object) 1 + eq 10 + contains 20 (an expensive operation); order 10 + title 10; totalCount 10.
        Assert.Equal(10 + 10 + 1 + 10 + 20 + 10 + 10 + 10, cost.FieldCost);
    }

    [Fact]
    public async Task An_abstract_type_costs_its_most_costly_member_and_duplicate_fields_count_once()
    {
        var cost = await CostOf("""
            { search { ... on Book { author { name } } ... on Magazine { issues { title } } ... on Book { author { name } } } }
            """);

        Assert.Equal(new CostMetrics(FieldCost: 10 + 1, TypeCost: 1 + 1 + 1), cost);
    }

    [Fact]
    public async Task A_document_whose_fragments_multiply_is_priced_as_infinite()
    {
        var fragments = string.Join("\n", Enumerable.Range(0, 30).Select(i => $"fragment F{i} on Book {{ ...F{i + 1} ...G{i + 1} }} fragment G{i + 1} on Book {{ ...F{i + 1} }}"));
        var query = "{ book { ...F0 } }\n" + fragments + "\nfragment F30 on Book { title }";

        var cost = await CostOf(query, options: new CostOptions { EnforceCostLimits = false, MaxAnalyzedSelections = 10_000 });

        Assert.Equal(double.PositiveInfinity, cost.FieldCost);
    }

    [Fact]
    public async Task Over_the_field_cost_the_request_fails_with_HC0047_and_no_resolver_runs()
    {
        var calls = 0;
        var schema = SchemaBuilder.FromSdl(Sdl).BindResolver("Query.books", _ => { calls++; return null; }).Build();
        var executor = new RequestExecutor(schema) { Limits = [new CostLimit(new CostOptions { MaxFieldCost = 100 })] };

        var result = await executor.ExecuteAsync("{ books(first: 50) { edges { node { title author { name } } } } }");

        Assert.Equal(
            """{"errors":[{"message":"The maximum allowed field cost was exceeded.","extensions":{"code":"HC0047","fieldCost":111,"maxFieldCost":100}}]}""",
            result.ToJson());
        Assert.Equal(0, calls);
    }

    [Fact]
    public async Task Over_the_type_cost_the_request_fails_with_HC0047_and_reports_the_cost_when_asked()
    {
        var executor = new RequestExecutor(Schema) { Limits = [new CostLimit(new CostOptions { MaxTypeCost = 100 })] };

        var result = await executor.ExecuteAsync(new OperationRequest
        {
            Query = "{ books(first: 50) { edges { node { title author { name } } } } }",
            ContextData = { [CostRequestFlags.ReportCost] = true },
        });

        Assert.Equal(
            """{"errors":[{"message":"The maximum allowed type cost was exceeded.","extensions":{"code":"HC0047","typeCost":152,"maxTypeCost":100}}],"extensions":{"operationCost":{"fieldCost":111,"typeCost":152}}}""",
            result.ToJson());
    }

    [Fact]
    public async Task Under_the_limits_the_operation_runs_and_reports_its_cost_only_when_asked()
    {
        var executor = new RequestExecutor(Schema) { Limits = [new CostLimit(new CostOptions())] };

        var silent = await executor.ExecuteAsync("{ book { title } }");
        var reported = await executor.ExecuteAsync(new OperationRequest
        {
            Query = "{ book { title } }",
            ContextData = { [CostRequestFlags.ReportCost] = true },
        });

        Assert.Equal("""{"data":{"book":null}}""", silent.ToJson());
        Assert.Equal("""{"data":{"book":null},"extensions":{"operationCost":{"fieldCost":10,"typeCost":2}}}""", reported.ToJson());
    }

    /// <summary>Passes the cost the wrapped limit computed to the test (read back from its report).</summary>
    private sealed class Recorder(CostLimit inner, Action<CostMetrics> record) : IOperationLimit
    {
        public OperationLimitResult Check(OperationLimitContext context)
        {
            var result = inner.Check(context);
            var cost = (IReadOnlyDictionary<string, object?>)result.Extensions!["operationCost"]!;
            record(new CostMetrics(ToDouble(cost["fieldCost"]), ToDouble(cost["typeCost"])));
            return result;
        }

        private static double ToDouble(object? value) => value is "Infinity" ? double.PositiveInfinity : Convert.ToDouble(value);
    }
}
