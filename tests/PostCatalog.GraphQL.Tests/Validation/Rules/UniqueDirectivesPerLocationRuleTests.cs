using PostCatalog.GraphQL.Validation.Rules;
using static PostCatalog.GraphQL.Tests.Validation.ValidationAssert;

namespace PostCatalog.GraphQL.Tests.Validation.Rules;

// Spec 5.7.3 Directives Are Unique Per Location.
public class UniqueDirectivesPerLocationRuleTests
{
    private static readonly UniqueDirectivesPerLocationRule Rule = new();

    [Fact]
    public void A_directive_repeated_on_one_field_is_reported() => Errors(Rule, """
        query ($foo: Boolean = true, $bar: Boolean = false) {
          field @skip(if: $foo) @skip(if: $bar)
        }
        """,
        new ExpectedError("The directive \"@skip\" can only be used once at this location.", (2, 9), (2, 25)));

    [Fact]
    public void The_same_directive_on_different_fields_is_valid() => Valid(Rule, """
        query ($foo: Boolean = true, $bar: Boolean = false) {
          field @skip(if: $foo) {
            subfieldA
          }
          field @skip(if: $bar) {
            subfieldB
          }
        }
        """);

    [Fact]
    public void Repeatable_directives_may_repeat() => Valid(Rule, """
        directive @tag(name: String) repeatable on FIELD
        { dog @tag(name: "a") @tag(name: "b") { name } }
        """);
}
