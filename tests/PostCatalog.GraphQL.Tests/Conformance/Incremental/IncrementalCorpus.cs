using System.Text.Json.Nodes;
using PostCatalog.GraphQL.Tests.Conformance.Oracle;

namespace PostCatalog.GraphQL.Tests.Conformance.Incremental;

/// <summary>One incremental delivery case: a document (and its variables) run on the corpus schema and root value.</summary>
public sealed record IncrementalCase(string Id, string Name, string Document, string? Variables)
{
    public override string ToString() => Name;
}

/// <summary>
/// The cases in <c>Corpus/Incremental/cases.graphql</c>: a <c># case: name</c> header, an optional
/// <c># variables: {json}</c> line, then the document up to the next header. Each runs in graphql-js 17's
/// <c>experimentalExecuteIncrementally</c> (mode <c>execute-incremental</c>) on <c>schema.graphql</c> with
/// <c>root.json</c> as the root value.
/// </summary>
public sealed class IncrementalCorpus : IOracleCaseSource
{
    public static string Sdl { get; } = File.ReadAllText(Path.Combine(RepositoryPaths.Corpus("Incremental"), "schema.graphql"));

    public static string RootJson { get; } = File.ReadAllText(Path.Combine(RepositoryPaths.Corpus("Incremental"), "root.json"));

    public static IReadOnlyList<IncrementalCase> Cases { get; } = Load();

    public static IReadOnlyDictionary<string, IncrementalCase> ById { get; } = Cases.ToDictionary(c => c.Id);

    public IEnumerable<OracleCase> GetCases() => Cases.Select(c => new OracleCase(c.Id, "execute-incremental", new JsonObject
    {
        ["schema"] = Sdl,
        ["document"] = c.Document,
        ["rootValue"] = JsonNode.Parse(RootJson),
        ["variables"] = c.Variables is null ? null : JsonNode.Parse(c.Variables),
    }));

    private static List<IncrementalCase> Load()
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryPaths.Corpus("Incremental"), "cases.graphql"));
        var cases = new List<IncrementalCase>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith("# case: ", StringComparison.Ordinal)) continue;
            var name = lines[i]["# case: ".Length..].Trim();
            var start = i + 1;
            string? variables = null;
            if (start < lines.Length && lines[start].StartsWith("# variables: ", StringComparison.Ordinal))
            {
                variables = lines[start]["# variables: ".Length..].Trim();
                start++;
            }

            var end = start;
            while (end < lines.Length && !lines[end].StartsWith("# case: ", StringComparison.Ordinal)) end++;
            var document = string.Join("\n", lines[start..end]).Trim() + "\n";
            cases.Add(new IncrementalCase($"incremental/{cases.Count + 1:D2}", name, document, variables));
            i = end - 1;
        }

        return cases;
    }
}
