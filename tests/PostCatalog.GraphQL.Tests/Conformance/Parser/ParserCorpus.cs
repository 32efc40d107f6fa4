using System.Text.Json;
using System.Text.Json.Nodes;
using PostCatalog.GraphQL.Language;
using PostCatalog.GraphQL.Tests.Conformance.Oracle;
using GraphQLParser = PostCatalog.GraphQL.Language.Parser;

namespace PostCatalog.GraphQL.Tests.Conformance.Parser;

/// <summary>
/// The parser/printer corpus in <c>Corpus/Parser</c>: each <c>.graphql</c> file is one case; each <c>.json</c>
/// file is an array of <c>{ "name", "source" }</c> cases (or <c>"utf16": [code units]</c> for sources that are not
/// valid UTF-16, such as lone surrogates). Every case asks graphql-js to parse and print it, and to parse our print.
/// </summary>
public sealed class ParserCorpus : IOracleCaseSource
{
    public static IReadOnlyDictionary<string, string> Cases { get; } = Load();

    public static IEnumerable<object[]> Names => Cases.Keys.Order(StringComparer.Ordinal).Select(name => new object[] { name });

    public static string ParseId(string name) => "parser/parse/" + name;

    public static string PrintId(string name) => "parser/print/" + name;

    public static string ReparseId(string name) => "parser/reparse/" + name;

    public IEnumerable<OracleCase> GetCases()
    {
        foreach (var (name, source) in Cases)
        {
            yield return new OracleCase(ParseId(name), "parse", source);
            yield return new OracleCase(PrintId(name), "print", source);
            // Our printed output must mean the same to graphql-js as the original does.
            if (TryPrint(source) is { } printed) yield return new OracleCase(ReparseId(name), "parse", printed);
        }
    }

    /// <summary>Our printed form of the source, or null when we do not parse it.</summary>
    public static string? TryPrint(string source)
    {
        try
        {
            return Printer.Print(GraphQLParser.Parse(source));
        }
        catch (SyntaxException)
        {
            return null;
        }
    }

    private static Dictionary<string, string> Load()
    {
        var cases = new Dictionary<string, string>(StringComparer.Ordinal);
        string directory = RepositoryPaths.Corpus("Parser");
        foreach (string file in Directory.EnumerateFiles(directory, "*.graphql"))
            cases.Add(Path.GetFileNameWithoutExtension(file), File.ReadAllText(file));

        foreach (string file in Directory.EnumerateFiles(directory, "*.json"))
        {
            string group = Path.GetFileNameWithoutExtension(file);
            foreach (JsonNode? entry in JsonNode.Parse(File.ReadAllText(file))!.AsArray())
            {
                string name = group + "/" + (string)entry!["name"]!;
                string source = entry["utf16"] is JsonArray units
                    ? new string(units.Select(u => (char)(int)u!).ToArray())
                    : (string)entry["source"]!;
                if (!cases.TryAdd(name, source)) throw new JsonException($"Duplicate parser corpus case '{name}'.");
            }
        }
        return cases;
    }
}
