using PostCatalog.GraphQL.Validation.Rules;
using static PostCatalog.GraphQL.Tests.Validation.ValidationAssert;

namespace PostCatalog.GraphQL.Tests.Validation.Rules;

// Spec 5.4.2.1 Required Arguments.
public class ProvidedRequiredArgumentsRuleTests
{
    private static readonly ProvidedRequiredArgumentsRule Rule = new();

    [Fact]
    public void Optional_and_provided_arguments_are_valid() => Valid(Rule, """
        fragment goodBooleanArg on Arguments {
          booleanArgField(booleanArg: true)
        }

        fragment goodNonNullArg on Arguments {
          nonNullBooleanArgField(nonNullBooleanArg: true)
        }

        fragment goodBooleanArgDefault on Arguments {
          booleanArgField
        }

        fragment goodDefaultValue on Arguments {
          optionalNonNullBooleanArgField
        }
        """);

    [Fact]
    public void A_missing_non_null_argument_is_reported() => Errors(Rule, """
        fragment missingRequiredArg on Arguments {
          nonNullBooleanArgField
        }
        """,
        new ExpectedError(
            "Argument \"Arguments.nonNullBooleanArgField(nonNullBooleanArg:)\" of type \"Boolean!\" is required, but it was not provided.",
            (2, 3)));

    [Fact]
    public void Every_missing_argument_is_reported() => Errors(Rule, """
        {
          arguments {
            multipleRequirements
          }
        }
        """,
        new ExpectedError("Argument \"Arguments.multipleRequirements(x:)\" of type \"Int!\" is required, but it was not provided.", (3, 5)),
        new ExpectedError("Argument \"Arguments.multipleRequirements(y:)\" of type \"Int!\" is required, but it was not provided.", (3, 5)));

    [Fact]
    public void Directives_missing_their_required_argument_are_reported_in_document_order() => Errors(Rule, """
        {
          dog @include {
            name @skip
          }
        }
        """,
        new ExpectedError("Argument \"@include(if:)\" of type \"Boolean!\" is required, but it was not provided.", (2, 7)),
        new ExpectedError("Argument \"@skip(if:)\" of type \"Boolean!\" is required, but it was not provided.", (3, 10)));
}
