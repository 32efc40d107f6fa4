using System.Text.Json;
using System.Text.Json.Nodes;
using PostCatalog.GraphQL.Execution;
using PostCatalog.GraphQL.Tests.Conformance.Oracle;
using PostCatalog.GraphQL.Types;

namespace PostCatalog.GraphQL.Tests.Execution.Introspection;

/// <summary>
/// Differential tests against graphql-js: for the same SDL and the same introspection query, our response equals
/// graphql-js's (<c>buildSchema</c> + <c>graphqlSync</c>), apart from the order of the schema's types and directives.
/// </summary>
[Collection(OracleCollection.Name)]
public sealed class IntrospectionConformanceTests(OracleFixture oracle)
{
    public static IEnumerable<object[]> Cases => IntrospectionCorpus.Cases.Select(c => new object[] { c.Id });

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Introspects_like_graphql_js(string id)
    {
        var expected = oracle.Result(id);
        var schema = SchemaBuilder.FromSdl(IntrospectionCorpus.ById[id].Sdl).Build();
        var executor = new RequestExecutor(schema);

        var result = await executor.ExecuteAsync((string)expected["query"]!);

        Assert.Empty(result.Errors);
        Assert.Equal(Normalize(expected["result"]!), Normalize(JsonNode.Parse(result.ToJson())!));
    }

    [Fact]
    public void The_corpus_covers_every_kind_of_type_and_each_ide_query()
    {
        Assert.True(IntrospectionCorpus.Cases.Count >= 40, $"{IntrospectionCorpus.Cases.Count} cases");
        var sdl = string.Join("\n", IntrospectionCorpus.Cases.Select(c => c.Sdl).Distinct());
        foreach (var construct in new[] { "scalar ", "interface ", "union ", "enum ", "input ", "@oneOf", "@specifiedBy", "@deprecated", "repeatable", "implements Resource & Node", "subscription:" })
            Assert.Contains(construct, sdl);
    }

    // Types and directives sorted by name; everything else as it came. Indented, so a failure shows where they differ.
    private static string Normalize(JsonNode response)
    {
        var copy = response.DeepClone();
        if (copy["data"]?["__schema"] is JsonObject schema)
        {
            foreach (var listName in new[] { "types", "directives" })
            {
                if (schema[listName] is not JsonArray list) continue;
                var sorted = list.Select(item => item!.DeepClone())
                    .OrderBy(item => (string?)item["name"], StringComparer.Ordinal).ToArray();
                schema[listName] = new JsonArray(sorted);
            }
        }
        return copy.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }
}
