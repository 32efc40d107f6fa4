using PostCatalog.GraphQL.Validation.Rules;
using static PostCatalog.GraphQL.Tests.Validation.ValidationAssert;

namespace PostCatalog.GraphQL.Tests.Validation.Rules;

// Spec 5.2.2.1 Lone Anonymous Operation.
public class LoneAnonymousOperationRuleTests
{
    private static readonly LoneAnonymousOperationRule Rule = new();

    [Fact]
    public void A_single_anonymous_operation_is_valid() => Valid(Rule, """
        {
          dog {
            name
          }
        }
        """);

    [Fact]
    public void An_anonymous_operation_beside_a_named_one_is_reported() => Errors(Rule, """
        {
          dog {
            name
          }
        }

        query getName {
          dog {
            owner {
              name
            }
          }
        }
        """,
        new ExpectedError("This anonymous operation must be the only defined operation.", (1, 1)));

    [Fact]
    public void Fragments_do_not_count_as_operations() => Valid(Rule, """
        { ...dogName }
        fragment dogName on Query { dog { name } }
        """);
}
