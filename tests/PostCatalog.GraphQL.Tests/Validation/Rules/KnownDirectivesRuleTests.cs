using PostCatalog.GraphQL.Validation.Rules;
using static PostCatalog.GraphQL.Tests.Validation.ValidationAssert;

namespace PostCatalog.GraphQL.Tests.Validation.Rules;

// Spec 5.7.1 Directives Are Defined, 5.7.2 Directives Are In Valid Locations.
public class KnownDirectivesRuleTests
{
    private static readonly KnownDirectivesRule Rule = new();

    [Fact]
    public void Built_in_directives_where_they_belong_are_valid() => Valid(Rule, """
        query ($skip: Boolean!) {
          dog @skip(if: $skip) {
            ... @include(if: true) {
              name
            }
          }
        }
        """);

    [Fact]
    public void An_unknown_directive_is_reported() => Errors(Rule, """
        {
          dog @unknown {
            name
          }
        }
        """,
        new ExpectedError("Unknown directive \"@unknown\".", (2, 7)));

    [Fact]
    public void A_directive_in_a_location_it_does_not_allow_is_reported() => Errors(Rule, """
        query @skip(if: $foo) {
          dog {
            name @deprecated
          }
        }
        """,
        new ExpectedError("Directive \"@skip\" may not be used on QUERY.", (1, 7)),
        new ExpectedError("Directive \"@deprecated\" may not be used on FIELD.", (3, 10)));

    [Fact]
    public void Directives_defined_in_the_document_are_known() => Valid(Rule, """
        directive @cached on FIELD
        { dog @cached { name } }
        """);
}
