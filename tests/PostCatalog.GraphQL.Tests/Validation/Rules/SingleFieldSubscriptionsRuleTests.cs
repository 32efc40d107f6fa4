using PostCatalog.GraphQL.Validation.Rules;
using static PostCatalog.GraphQL.Tests.Validation.ValidationAssert;

namespace PostCatalog.GraphQL.Tests.Validation.Rules;

// Spec 5.2.3.1 Single Root Field.
public class SingleFieldSubscriptionsRuleTests
{
    private static readonly SingleFieldSubscriptionsRule Rule = new();

    [Fact]
    public void One_root_field_is_valid() => Valid(Rule, """
        subscription sub {
          newMessage {
            body
            sender
          }
        }
        """);

    [Fact]
    public void One_root_field_through_a_fragment_is_valid() => Valid(Rule, """
        subscription sub {
          ...newMessageFields
        }

        fragment newMessageFields on Subscription {
          newMessage {
            body
            sender
          }
        }
        """);

    [Fact]
    public void A_second_root_field_is_reported() => Errors(Rule, """
        subscription sub {
          newMessage {
            body
            sender
          }
          disallowedSecondRootField
        }
        """,
        new ExpectedError("Subscription \"sub\" must select only one top level field.", (6, 3)));

    [Fact]
    public void A_second_root_field_inside_a_fragment_is_reported() => Errors(Rule, """
        subscription sub {
          ...multipleSubscriptions
        }

        fragment multipleSubscriptions on Subscription {
          newMessage {
            body
            sender
          }
          disallowedSecondRootField
        }
        """,
        new ExpectedError("Subscription \"sub\" must select only one top level field.", (10, 3)));

    [Fact]
    public void An_introspection_root_field_is_reported() => Errors(Rule, """
        subscription sub {
          __typename
        }
        """,
        new ExpectedError("Subscription \"sub\" must not select an introspection top level field.", (2, 3)));

    [Fact]
    public void A_field_skipped_by_a_literal_condition_is_not_collected() => Valid(Rule, """
        subscription {
          newMessage { body }
          disallowedSecondRootField @skip(if: true)
        }
        """);
}
