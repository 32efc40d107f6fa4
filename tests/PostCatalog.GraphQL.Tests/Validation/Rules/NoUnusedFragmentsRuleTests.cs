using PostCatalog.GraphQL.Validation.Rules;
using static PostCatalog.GraphQL.Tests.Validation.ValidationAssert;

namespace PostCatalog.GraphQL.Tests.Validation.Rules;

// Spec 5.5.1.4 Fragments Must Be Used.
public class NoUnusedFragmentsRuleTests
{
    private static readonly NoUnusedFragmentsRule Rule = new();

    [Fact]
    public void An_unused_fragment_is_reported() => Errors(Rule, """
        fragment nameFragment on Dog { # unused
          name
        }

        {
          dog {
            name
          }
        }
        """,
        new ExpectedError("Fragment \"nameFragment\" is never used.", (1, 1)));

    [Fact]
    public void Fragments_used_through_other_fragments_are_used() => Valid(Rule, """
        { dog { ...outer } }
        fragment outer on Dog { ...inner }
        fragment inner on Dog { name }
        """);

    [Fact]
    public void Fragments_that_only_spread_each_other_are_unused() => Errors(Rule, """
        { dog { name } }
        fragment a on Dog { ...b }
        fragment b on Dog { ...a }
        """,
        new ExpectedError("Fragment \"a\" is never used.", (2, 1)),
        new ExpectedError("Fragment \"b\" is never used.", (3, 1)));
}
