using PostCatalog.GraphQL.Validation.Rules;

namespace PostCatalog.GraphQL.Validation;

/// <summary>The rules of the spec's section 5, in graphql-js's <c>specifiedRules</c> order (chosen for the clearest output).</summary>
public static class Specified
{
    public static IReadOnlyList<IValidationRule> Rules { get; } =
    [
        new ExecutableDefinitionsRule(),
        new KnownOperationTypesRule(),
        new UniqueOperationNamesRule(),
        new LoneAnonymousOperationRule(),
        new SingleFieldSubscriptionsRule(),
        new KnownTypeNamesRule(),
        new FragmentsOnCompositeTypesRule(),
        new VariablesAreInputTypesRule(),
        new ScalarLeafsRule(),
        new FieldsOnCorrectTypeRule(),
        new UniqueFragmentNamesRule(),
        new KnownFragmentNamesRule(),
        new NoUnusedFragmentsRule(),
        new PossibleFragmentSpreadsRule(),
        new NoFragmentCyclesRule(),
        new UniqueVariableNamesRule(),
        new NoUndefinedVariablesRule(),
        new NoUnusedVariablesRule(),
        new KnownDirectivesRule(),
        new UniqueDirectivesPerLocationRule(),
        new DeferStreamDirectiveOnRootFieldRule(),
        new DeferStreamDirectiveOnValidOperationsRule(),
        new DeferStreamDirectiveLabelRule(),
        new StreamDirectiveOnListFieldRule(),
        new KnownArgumentNamesRule(),
        new UniqueArgumentNamesRule(),
        new ValuesOfCorrectTypeRule(),
        new ProvidedRequiredArgumentsRule(),
        new VariablesInAllowedPositionRule(),
        new OverlappingFieldsCanBeMergedRule(),
        new UniqueInputFieldNamesRule(),
        new MaxIntrospectionDepthRule(),
    ];
}
