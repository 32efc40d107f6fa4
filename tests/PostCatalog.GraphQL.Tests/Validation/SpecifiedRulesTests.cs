using PostCatalog.GraphQL.Validation;

namespace PostCatalog.GraphQL.Tests.Validation;

public class SpecifiedRulesTests
{
    // graphql-js 17.1.0's specifiedRules, in order.
    private static readonly string[] GraphQLJsOrder =
    [
        "ExecutableDefinitionsRule", "KnownOperationTypesRule", "UniqueOperationNamesRule", "LoneAnonymousOperationRule",
        "SingleFieldSubscriptionsRule", "KnownTypeNamesRule", "FragmentsOnCompositeTypesRule",
        "VariablesAreInputTypesRule", "ScalarLeafsRule", "FieldsOnCorrectTypeRule", "UniqueFragmentNamesRule",
        "KnownFragmentNamesRule", "NoUnusedFragmentsRule", "PossibleFragmentSpreadsRule", "NoFragmentCyclesRule",
        "UniqueVariableNamesRule", "NoUndefinedVariablesRule", "NoUnusedVariablesRule", "KnownDirectivesRule",
        "UniqueDirectivesPerLocationRule", "DeferStreamDirectiveOnRootFieldRule",
        "DeferStreamDirectiveOnValidOperationsRule", "DeferStreamDirectiveLabelRule", "StreamDirectiveOnListFieldRule",
        "KnownArgumentNamesRule", "UniqueArgumentNamesRule",
        "ValuesOfCorrectTypeRule", "ProvidedRequiredArgumentsRule", "VariablesInAllowedPositionRule",
        "OverlappingFieldsCanBeMergedRule", "UniqueInputFieldNamesRule", "MaxIntrospectionDepthRule",
    ];

    [Fact]
    public void The_rules_run_in_graphql_js_order()
    {
        var names = Specified.Rules.Select(rule => rule.Name).ToList();

        Assert.Equal(GraphQLJsOrder, names);
    }

    [Fact]
    public void Every_rule_has_its_own_code_and_spec_rules_link_their_section()
    {
        // MaxIntrospectionDepthRule is graphql-js's own; the @defer/@stream rules come from the incremental delivery
        // RFC, which no released spec has yet.
        string[] notInTheSpec =
        [
            "MaxIntrospectionDepthRule", "DeferStreamDirectiveOnRootFieldRule", "DeferStreamDirectiveOnValidOperationsRule",
            "DeferStreamDirectiveLabelRule", "StreamDirectiveOnListFieldRule",
        ];
        Assert.Equal(Specified.Rules.Count, Specified.Rules.Select(rule => rule.Code).Distinct().Count());
        Assert.All(
            Specified.Rules.Where(rule => !notInTheSpec.Contains(rule.Name)),
            rule => Assert.StartsWith("https://spec.graphql.org/October2021/#sec-", rule.SpecifiedBy));
    }
}
