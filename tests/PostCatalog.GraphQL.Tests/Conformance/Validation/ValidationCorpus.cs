using System.Text.Json.Nodes;
using PostCatalog.GraphQL.Tests.Conformance.Oracle;
using Schema = PostCatalog.GraphQL.Types.Schema;
using SchemaBuilder = PostCatalog.GraphQL.Types.SchemaBuilder;
using PostCatalog.GraphQL.Validation;

namespace PostCatalog.GraphQL.Tests.Conformance.Validation;

/// <summary>One validation case: a document, the schema file it runs against, and the rule it exercises.</summary>
public sealed record ValidationCase(string Id, string Rule, string Name, bool Valid, string SchemaFile, string Document)
{
    public override string ToString() => $"{Rule}: {Name}";
}

/// <summary>
/// The validation corpus in <c>Corpus/Validation</c> (format in its README): <c>&lt;Rule&gt;.graphql</c> files of cases
/// headed <c># valid: name</c> or <c># invalid: name</c>, run against <c>schema.graphql</c> or the file a
/// <c># schema:</c> line names. Each case asks graphql-js twice: with every rule we implement, and with its own rule alone.
/// </summary>
public sealed class ValidationCorpus : IOracleCaseSource
{
    public static IReadOnlyList<ValidationCase> Cases { get; } = Load();

    public static IReadOnlyDictionary<string, ValidationCase> ById { get; } = Cases.ToDictionary(c => c.Id);

    public static IEnumerable<object[]> Ids => Cases.Select(c => new object[] { c.Id });

    /// <summary>The rules graphql-js runs: the ones we have, by graphql-js's names, so like is compared with like.</summary>
    public static IReadOnlyList<string> ImplementedRuleNames { get; } = Specified.Rules.Select(rule => rule.Name).ToList();

    public static string AllRulesId(ValidationCase c) => c.Id + "/all-rules";

    public static string OwnRuleId(ValidationCase c) => c.Id + "/own-rule";

    public static string SchemaSdl(string schemaFile) =>
        File.ReadAllText(Path.Combine(RepositoryPaths.Corpus("Validation"), schemaFile));

    private static readonly Dictionary<string, Schema> Schemas = new(StringComparer.Ordinal);

    /// <summary>Our schema built from the case's SDL, once per schema file.</summary>
    public static Schema SchemaFor(ValidationCase c)
    {
        lock (Schemas)
        {
            if (!Schemas.TryGetValue(c.SchemaFile, out var schema))
            {
                Schemas[c.SchemaFile] = schema = SchemaBuilder.FromSdl(SchemaSdl(c.SchemaFile)).Build();
            }

            return schema;
        }
    }

    public IEnumerable<OracleCase> GetCases()
    {
        foreach (var c in Cases)
        {
            var sdl = SchemaSdl(c.SchemaFile);
            yield return new OracleCase(AllRulesId(c), "validate", new JsonObject
            {
                ["schema"] = sdl,
                ["document"] = c.Document,
                ["rules"] = new JsonArray(ImplementedRuleNames.Select(name => (JsonNode)name).ToArray()),
            });
            yield return new OracleCase(OwnRuleId(c), "validate", new JsonObject
            {
                ["schema"] = sdl,
                ["document"] = c.Document,
                ["rules"] = new JsonArray(c.Rule),
            });
        }
    }

    private static List<ValidationCase> Load()
    {
        var cases = new List<ValidationCase>();
        var directory = RepositoryPaths.Corpus("Validation");
        foreach (var file in Directory.EnumerateFiles(directory, "*Rule.graphql").Order(StringComparer.Ordinal))
        {
            var rule = Path.GetFileNameWithoutExtension(file);
            cases.AddRange(Split(rule, File.ReadAllLines(file)));
        }

        return cases;
    }

    // A header line starts a case; an optional "# schema:" line right after it picks the schema; the
    // document is everything up to the next header, trailing blank lines dropped.
    private static IEnumerable<ValidationCase> Split(string rule, string[] lines)
    {
        var index = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            if (!TryReadHeader(lines[i], out var valid, out var name)) continue;
            var schemaFile = "schema.graphql";
            var start = i + 1;
            if (start < lines.Length && lines[start].StartsWith("# schema: ", StringComparison.Ordinal))
            {
                schemaFile = lines[start]["# schema: ".Length..].Trim();
                start++;
            }

            var end = start;
            while (end < lines.Length && !TryReadHeader(lines[end], out _, out _)) end++;
            var document = string.Join("\n", lines[start..end]).TrimEnd() + "\n";
            index++;
            yield return new ValidationCase($"validation/{rule}/{index:D2}", rule, name, valid, schemaFile, document);
            i = end - 1;
        }
    }

    private static bool TryReadHeader(string line, out bool valid, out string name)
    {
        foreach (var (prefix, isValid) in new[] { ("# valid: ", true), ("# invalid: ", false) })
        {
            if (line.StartsWith(prefix, StringComparison.Ordinal))
            {
                valid = isValid;
                name = line[prefix.Length..].Trim();
                return true;
            }
        }

        valid = false;
        name = "";
        return false;
    }
}
