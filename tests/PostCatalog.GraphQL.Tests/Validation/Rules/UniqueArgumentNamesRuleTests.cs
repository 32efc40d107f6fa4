using PostCatalog.GraphQL.Validation.Rules;
using static PostCatalog.GraphQL.Tests.Validation.ValidationAssert;

namespace PostCatalog.GraphQL.Tests.Validation.Rules;

// Spec 5.4.2 Argument Uniqueness.
public class UniqueArgumentNamesRuleTests
{
    private static readonly UniqueArgumentNamesRule Rule = new();

    [Fact]
    public void Each_argument_given_once_is_valid() => Valid(Rule, """
        fragment multipleArgs on Arguments {
          multipleRequirements(x: 1, y: 2) @include(if: true)
        }
        """);

    [Fact]
    public void A_repeated_field_argument_is_reported_at_every_occurrence() => Errors(Rule, """
        fragment repeated on Dog {
          doesKnowCommand(dogCommand: SIT, dogCommand: HEEL, dogCommand: DOWN)
        }
        """,
        new ExpectedError("There can be only one argument named \"dogCommand\".", (2, 19), (2, 36), (2, 54)));

    [Fact]
    public void A_repeated_directive_argument_is_reported() => Errors(Rule, """
        {
          dog @skip(if: true, if: false) {
            name
          }
        }
        """,
        new ExpectedError("There can be only one argument named \"if\".", (2, 13), (2, 23)));
}
