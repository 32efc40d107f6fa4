using System.Text.Json.Nodes;
using PostCatalog.GraphQL.Tests.Conformance.Oracle;
using PostCatalog.GraphQL.Types;
using PostCatalog.GraphQL.Validation;
using GraphQLParser = PostCatalog.GraphQL.Language.Parser;

namespace PostCatalog.GraphQL.Tests.Conformance.Validation;

/// <summary>
/// Differential tests against graphql-js's <c>validate</c>, one per corpus case: our validator reports the same
/// messages at the same locations, with all the rules we implement and with the case's own rule alone; and the
/// case is valid or invalid for its rule as its header says, in both implementations.
/// </summary>
[Collection(OracleCollection.Name)]
public sealed class ValidationConformanceTests(OracleFixture oracle)
{
    public static IEnumerable<object[]> Cases => ValidationCorpus.Ids;

    [Theory]
    [MemberData(nameof(Cases))]
    public void Validates_like_graphql_js(string id)
    {
        var c = ValidationCorpus.ById[id];

        var ours = Validate(c, Specified.Rules);

        Assert.Equal(Expected(ValidationCorpus.AllRulesId(c)), ours);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Its_rule_alone_agrees_with_graphql_js_and_the_case_header(string id)
    {
        var c = ValidationCorpus.ById[id];
        var rule = Specified.Rules.Single(r => r.Name == c.Rule);

        var ours = Validate(c, [rule]);

        var theirs = Expected(ValidationCorpus.OwnRuleId(c));
        Assert.Equal(theirs, ours);
        Assert.True(c.Valid == (theirs.Count == 0), $"The case says {(c.Valid ? "valid" : "invalid")}; graphql-js reports {theirs.Count} errors.");
    }

    [Fact]
    public void Corpus_has_at_least_150_cases_covering_every_rule_we_implement()
    {
        Assert.True(ValidationCorpus.Cases.Count >= 150, $"{ValidationCorpus.Cases.Count} cases");
        var covered = ValidationCorpus.Cases.Select(c => c.Rule).ToHashSet();
        var uncovered = Specified.Rules.Select(r => r.Name).Where(name => !covered.Contains(name) && !OwnCorpusOptional.Contains(name));
        Assert.Empty(uncovered);
    }

    // Not a spec rule (unit-tested only), and the two rules whose tests their own author writes: every corpus
    // case already runs them (see Validates_like_graphql_js); a <Rule>.graphql file of their own is welcome.
    private static readonly string[] OwnCorpusOptional =
        ["MaxIntrospectionDepthRule", "ValuesOfCorrectTypeRule", "OverlappingFieldsCanBeMergedRule"];

    // Errors as "message @ line:column, ...", sorted: graphql-js and we may order errors of different rules differently.
    private static List<string> Validate(ValidationCase c, IReadOnlyList<IValidationRule> rules)
    {
        var result = new DocumentValidator().Validate(
            ValidationCorpus.SchemaFor(c), GraphQLParser.Parse(c.Document), new ValidationOptions { Rules = rules });
        return result.Errors.Select(Describe).Order(StringComparer.Ordinal).ToList();
    }

    private List<string> Expected(string oracleId)
    {
        var result = oracle.Result(oracleId);
        Assert.True(result["syntaxError"] is null, $"graphql-js cannot parse the case: {result["syntaxError"]}");
        return result["errors"]!.AsArray()
            .Select(error => Describe(
                (string)error!["message"]!,
                error["locations"]!.AsArray().Select(l => ((int)l!["line"]!, (int)l["column"]!))))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static string Describe(GraphQLError error) =>
        Describe(error.Message, (error.Locations ?? []).Select(l => (l.Line, l.Column)));

    private static string Describe(string message, IEnumerable<(int Line, int Column)> locations) =>
        message + " @ " + string.Join(", ", locations.Select(l => $"{l.Line}:{l.Column}"));
}
