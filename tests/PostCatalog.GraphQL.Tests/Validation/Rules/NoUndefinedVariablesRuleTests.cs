using PostCatalog.GraphQL.Validation.Rules;
using static PostCatalog.GraphQL.Tests.Validation.ValidationAssert;

namespace PostCatalog.GraphQL.Tests.Validation.Rules;

// Spec 5.8.3 All Variable Uses Defined.
public class NoUndefinedVariablesRuleTests
{
    private static readonly NoUndefinedVariablesRule Rule = new();

    [Fact]
    public void A_defined_variable_is_valid() => Valid(Rule, """
        query variableIsDefined($atOtherHomes: Boolean) {
          dog {
            isHouseTrained(atOtherHomes: $atOtherHomes)
          }
        }
        """);

    [Fact]
    public void An_undefined_variable_is_reported_with_its_operation() => Errors(Rule, """
        query variableIsNotDefined {
          dog {
            isHouseTrained(atOtherHomes: $atOtherHomes)
          }
        }
        """,
        new ExpectedError("Variable \"$atOtherHomes\" is not defined by operation \"variableIsNotDefined\".", (3, 34), (1, 1)));

    [Fact]
    public void Variables_in_nested_fragments_count_for_the_operation() => Errors(Rule, """
        query variableIsDefinedUsedInNestedFragment($atOtherHomes: Boolean) {
          dog {
            ...outerHouseTrainedFragment
          }
        }

        query variableIsNotDefinedUsedInNestedFragment {
          dog {
            ...outerHouseTrainedFragment
          }
        }

        fragment outerHouseTrainedFragment on Dog {
          ...isHouseTrainedFragment
        }

        fragment isHouseTrainedFragment on Dog {
          isHouseTrained(atOtherHomes: $atOtherHomes)
        }
        """,
        new ExpectedError(
            "Variable \"$atOtherHomes\" is not defined by operation \"variableIsNotDefinedUsedInNestedFragment\".",
            (18, 32), (7, 1)));

    [Fact]
    public void An_anonymous_operation_is_not_named_in_the_message() => Errors(Rule, """
        {
          dog @include(if: $cond) { name }
        }
        """,
        new ExpectedError("Variable \"$cond\" is not defined.", (2, 20), (1, 1)));
}
