using System.Text.Json.Nodes;
using PostCatalog.GraphQL.Language;
using PostCatalog.GraphQL.Tests.Conformance.Oracle;
using GraphQLParser = PostCatalog.GraphQL.Language.Parser;

namespace PostCatalog.GraphQL.Tests.Conformance.Parser;

/// <summary>
/// Differential tests against graphql-js, one per corpus case: we accept exactly what it accepts, reject
/// with the same message at the same line and column, build the same tree with the same locations,
/// print the same text, and our printed text parses to the same tree in both implementations.
/// </summary>
[Collection(OracleCollection.Name)]
public sealed class ParserConformanceTests(OracleFixture oracle)
{
    public static IEnumerable<object[]> Cases => ParserCorpus.Names;

    [Theory]
    [MemberData(nameof(Cases))]
    public void Parses_like_graphql_js(string name)
    {
        string source = ParserCorpus.Cases[name];
        JsonObject expected = oracle.Result(ParserCorpus.ParseId(name));

        Outcome actual = Parse(source);

        if ((bool)expected["ok"]!)
        {
            Assert.True(actual.Document is not null, $"graphql-js accepts it; we reject it: {actual.Error?.Message}");
            AssertSameJson(expected["ast"]!, AstJson.From(actual.Document!));
        }
        else
        {
            JsonNode error = expected["error"]!;
            Assert.True(actual.Error is not null, $"graphql-js rejects it ({error["message"]}); we accept it.");
            Assert.Equal(
                ((string?)error["message"], (int?)error["line"], (int?)error["column"]),
                (actual.Error!.Message, actual.Error.Line, actual.Error.Column));
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Prints_like_graphql_js(string name)
    {
        string source = ParserCorpus.Cases[name];
        JsonObject expected = oracle.Result(ParserCorpus.PrintId(name));
        if (!(bool)expected["ok"]!) return; // rejected input: covered by Parses_like_graphql_js

        string printed = Printer.Print(GraphQLParser.Parse(source));

        Assert.Equal((string)expected["printed"]!, printed);
        // Our print re-parses, here and in graphql-js, to the tree graphql-js gets from its own print.
        AssertSameJson(expected["reparsed"]!, AstJson.From(GraphQLParser.Parse(printed), locations: false));
        JsonObject theirParseOfOurs = oracle.Result(ParserCorpus.ReparseId(name));
        Assert.True((bool)theirParseOfOurs["ok"]!, $"graphql-js rejects our print: {theirParseOfOurs["error"]}");
        AssertSameJson(expected["reparsed"]!, WithoutLocations(theirParseOfOurs["ast"]!));
    }

    [Fact]
    public void Corpus_has_at_least_150_cases() => Assert.True(ParserCorpus.Cases.Count >= 150, $"{ParserCorpus.Cases.Count} cases");

    private static void AssertSameJson(JsonNode expected, JsonNode actual)
    {
        if (!JsonNode.DeepEquals(expected, actual))
            Assert.Equal(expected.ToJsonString(), actual.ToJsonString()); // fails, showing where they differ
    }

    private static JsonNode WithoutLocations(JsonNode node)
    {
        JsonNode copy = node.DeepClone();
        Strip(copy);
        return copy;

        static void Strip(JsonNode? n)
        {
            if (n is JsonObject obj)
            {
                obj.Remove("loc");
                foreach (var (_, child) in obj) Strip(child);
            }
            else if (n is JsonArray array)
            {
                foreach (JsonNode? child in array) Strip(child);
            }
        }
    }

    private sealed record Outcome(DocumentNode? Document, SyntaxException? Error);

    private static Outcome Parse(string source)
    {
        try
        {
            // The corpus is graphql-js's world: no token limit there, so none here.
            return new Outcome(GraphQLParser.Parse(source, new ParserOptions { MaxTokens = int.MaxValue }), null);
        }
        catch (SyntaxException error)
        {
            return new Outcome(null, error);
        }
    }
}
