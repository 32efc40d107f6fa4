using PostCatalog.GraphQL.Validation.Rules;
using static PostCatalog.GraphQL.Tests.Validation.ValidationAssert;

namespace PostCatalog.GraphQL.Tests.Validation.Rules;

// Spec 5.4.1 Argument Names.
public class KnownArgumentNamesRuleTests
{
    private static readonly KnownArgumentNamesRule Rule = new();

    [Fact]
    public void Defined_arguments_of_fields_and_directives_are_valid() => Valid(Rule, """
        fragment argOnRequiredArg on Dog {
          doesKnowCommand(dogCommand: SIT)
        }

        fragment argOnOptional on Dog {
          isHouseTrained(atOtherHomes: true) @include(if: true)
        }
        """);

    [Fact]
    public void An_undefined_field_argument_is_reported_with_a_suggestion() => Errors(Rule, """
        fragment invalidArgName on Dog {
          doesKnowCommand(command: CLEAN_UP_HOUSE)
        }
        """,
        new ExpectedError("Unknown argument \"command\" on field \"Dog.doesKnowCommand\". Did you mean \"dogCommand\"?", (2, 19)));

    [Fact]
    public void An_undefined_directive_argument_is_reported() => Errors(Rule, """
        fragment invalidArgName on Dog {
          isHouseTrained(atOtherHomes: true) @include(unless: false)
        }
        """,
        new ExpectedError("Unknown argument \"unless\" on directive \"@include\".", (2, 47)));

    [Fact]
    public void Argument_order_does_not_matter() => Valid(Rule, """
        fragment multipleArgs on Arguments {
          multipleRequirements(x: 1, y: 2)
        }

        fragment multipleArgsReverseOrder on Arguments {
          multipleRequirements(y: 2, x: 1)
        }
        """);

    [Fact]
    public void Arguments_of_unknown_fields_are_left_to_field_selection() => Valid(Rule, """
        fragment argOnUnknownField on Dog {
          unknownField(unknownArg: SIT)
        }
        """);
}
