using PostCatalog.GraphQL.Tests.Data.Fixtures;
using PostCatalog.GraphQL.Types;

namespace PostCatalog.GraphQL.Tests.Data.Conventions;

/// <summary>The generated types carry HotChocolate's names, field order and types, so HotChocolate clients work unchanged.</summary>
public sealed class ConventionSchemaTests : IDisposable
{
    private readonly BlogDatabase _database = new([]);
    private readonly Schema _schema;

    public ConventionSchemaTests() => _schema = ArticleSchema.Create(_database);

    private string[] InputFields(string typeName) =>
        _schema.GetType<InputObjectType>(typeName)!.Fields.Select(f => $"{f.Name}: {f.Type}").ToArray();

    private string[] OutputFields(string typeName) =>
        _schema.GetType<ObjectType>(typeName)!.Fields.Select(f => $"{f.Name}: {f.Type}").ToArray();

    [Fact]
    public void The_field_takes_paging_then_where_then_order_and_returns_the_connection()
    {
        var field = _schema.QueryType.GetField("articles")!;

        Assert.Equal("ArticlesConnection", field.Type.ToString());
        Assert.Equal(
            ["first: Int", "after: String", "last: Int", "before: String", "where: ArticleFilterInput", "order: [ArticleSortInput!]"],
            field.Arguments.Select(a => $"{a.Name}: {a.Type}"));
        Assert.Equal("Returns the first _n_ elements from the list.", field.Arguments["first"].Description);
    }

    [Fact]
    public void Connection_edge_and_page_info_have_HotChocolate_shapes()
    {
        Assert.Equal(["pageInfo: PageInfo!", "edges: [ArticlesEdge!]", "nodes: [Article!]", "totalCount: Int!"], OutputFields("ArticlesConnection"));
        Assert.Equal(["cursor: String!", "node: Article!"], OutputFields("ArticlesEdge"));
        Assert.Equal(["hasNextPage: Boolean!", "hasPreviousPage: Boolean!", "startCursor: String", "endCursor: String"], OutputFields("PageInfo"));
        Assert.Equal("Information about pagination in a connection.", _schema.GetType<ObjectType>("PageInfo")!.Description);
    }

    [Fact]
    public void The_entity_filter_starts_with_and_or_then_its_fields()
    {
        Assert.Equal(
            ["and: [ArticleFilterInput!]", "or: [ArticleFilterInput!]", "id: IdOperationFilterInput", "title: StringOperationFilterInput",
             "subtitle: StringOperationFilterInput", "rating: IntOperationFilterInput", "views: LongOperationFilterInput",
             "score: FloatOperationFilterInput", "publishedOn: DateOperationFilterInput", "updatedAt: DateTimeOperationFilterInput",
             "isFeatured: BooleanOperationFilterInput", "url: UrlOperationFilterInput", "status: ArticleStatusOperationFilterInput",
             "writer: WriterFilterInput", "labels: ListFilterInputTypeOfLabelFilterInput"],
            InputFields("ArticleFilterInput"));
    }

    [Fact]
    public void Operation_filter_inputs_match_HotChocolate()
    {
        Assert.Equal(
            ["and: [StringOperationFilterInput!]", "or: [StringOperationFilterInput!]", "eq: String", "neq: String", "contains: String",
             "ncontains: String", "in: [String]", "nin: [String]", "startsWith: String", "nstartsWith: String", "endsWith: String", "nendsWith: String"],
            InputFields("StringOperationFilterInput"));
        Assert.Equal(
            ["eq: Int", "neq: Int", "in: [Int]", "nin: [Int]", "gt: Int", "ngt: Int", "gte: Int", "ngte: Int", "lt: Int", "nlt: Int", "lte: Int", "nlte: Int"],
            InputFields("IntOperationFilterInput"));
        Assert.Equal(["eq: Boolean", "neq: Boolean"], InputFields("BooleanOperationFilterInput"));
        Assert.Equal(["eq: ID", "neq: ID", "in: [ID]", "nin: [ID]"], InputFields("IdOperationFilterInput"));
        Assert.Equal(["eq: ArticleStatus", "neq: ArticleStatus", "in: [ArticleStatus!]", "nin: [ArticleStatus!]"], InputFields("ArticleStatusOperationFilterInput"));
        Assert.Equal("gt: URL", InputFields("UrlOperationFilterInput")[4]);
        Assert.Equal("lte: Date", InputFields("DateOperationFilterInput")[10]);
    }

    [Fact]
    public void Collections_filter_with_all_none_some_any() =>
        Assert.Equal(
            ["all: LabelFilterInput", "none: LabelFilterInput", "some: LabelFilterInput", "any: Boolean"],
            InputFields("ListFilterInputTypeOfLabelFilterInput"));

    [Fact]
    public void Sort_inputs_use_SortEnumType_and_nest_objects()
    {
        Assert.Equal(
            ["title: SortEnumType", "subtitle: SortEnumType", "rating: SortEnumType", "publishedOn: SortEnumType",
             "isFeatured: SortEnumType", "status: SortEnumType", "writer: WriterSortInput"],
            InputFields("ArticleSortInput"));
        Assert.Equal(["name: SortEnumType"], InputFields("WriterSortInput"));
        Assert.Equal(["ASC", "DESC"], _schema.GetType<EnumType>("SortEnumType")!.Values.Select(v => v.Name));
    }

    public void Dispose() => _database.Dispose();
}
