using System.Text.Json.Nodes;
using PostCatalog.GraphQL.Tests.Conformance;
using PostCatalog.GraphQL.Tests.Conformance.Oracle;

namespace PostCatalog.GraphQL.Tests.Execution.Introspection;

/// <summary>One introspection case: an SDL from the corpus, and an IDE's query or (null) graphql-js's full introspection query.</summary>
public sealed record IntrospectionCase(string Id, string SchemaName, string Sdl, string? QueryName, string? Query)
{
    public override string ToString() => Id;
}

/// <summary>
/// The corpus in <c>Conformance/Corpus/Introspection</c> (see its README): every schema with graphql-js's full
/// introspection query, and with each IDE query in <c>queries/</c>.
/// </summary>
public sealed class IntrospectionCorpus : IOracleCaseSource
{
    public static IReadOnlyList<IntrospectionCase> Cases { get; } = Load();

    public static IReadOnlyDictionary<string, IntrospectionCase> ById { get; } = Cases.ToDictionary(c => c.Id);

    public IEnumerable<OracleCase> GetCases() => Cases.Select(c =>
    {
        var fields = new JsonObject { ["schema"] = c.Sdl };
        if (c.Query is not null) fields["query"] = c.Query;
        return new OracleCase(c.Id, "introspect", fields);
    });

    private static List<IntrospectionCase> Load()
    {
        var root = RepositoryPaths.Corpus("Introspection");
        var queries = Directory.GetFiles(Path.Combine(root, "queries"), "*.graphql").Order(StringComparer.Ordinal)
            .Select(path => (Name: Path.GetFileNameWithoutExtension(path), Text: File.ReadAllText(path)))
            .ToList();
        var cases = new List<IntrospectionCase>();
        foreach (var path in Directory.GetFiles(Path.Combine(root, "schemas"), "*.graphql").Order(StringComparer.Ordinal))
        {
            var schemaName = Path.GetFileNameWithoutExtension(path);
            var sdl = File.ReadAllText(path);
            cases.Add(new IntrospectionCase($"introspection/{schemaName}", schemaName, sdl, null, null));
            foreach (var (queryName, query) in queries)
                cases.Add(new IntrospectionCase($"introspection/{schemaName}/{queryName}", schemaName, sdl, queryName, query));
        }
        return cases;
    }
}
