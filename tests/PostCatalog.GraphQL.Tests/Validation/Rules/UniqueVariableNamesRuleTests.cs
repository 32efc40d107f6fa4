using PostCatalog.GraphQL.Validation.Rules;
using static PostCatalog.GraphQL.Tests.Validation.ValidationAssert;

namespace PostCatalog.GraphQL.Tests.Validation.Rules;

// Spec 5.8.1 Variable Uniqueness.
public class UniqueVariableNamesRuleTests
{
    private static readonly UniqueVariableNamesRule Rule = new();

    [Fact]
    public void A_variable_defined_twice_is_reported_at_both_names() => Errors(Rule, """
        query houseTrainedQuery($atOtherHomes: Boolean, $atOtherHomes: Boolean) {
          dog {
            isHouseTrained(atOtherHomes: $atOtherHomes)
          }
        }
        """,
        new ExpectedError("There can be only one variable named \"$atOtherHomes\".", (1, 26), (1, 50)));

    [Fact]
    public void Operations_may_reuse_a_variable_name() => Valid(Rule, """
        query A($atOtherHomes: Boolean) {
          ...HouseTrainedFragment
        }

        query B($atOtherHomes: Boolean) {
          ...HouseTrainedFragment
        }

        fragment HouseTrainedFragment on Query {
          dog {
            isHouseTrained(atOtherHomes: $atOtherHomes)
          }
        }
        """);
}
