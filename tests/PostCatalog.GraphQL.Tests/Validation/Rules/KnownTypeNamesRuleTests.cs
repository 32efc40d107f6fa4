using PostCatalog.GraphQL.Validation.Rules;
using static PostCatalog.GraphQL.Tests.Validation.ValidationAssert;

namespace PostCatalog.GraphQL.Tests.Validation.Rules;

// Spec 5.5.1.2 Fragment Spread Type Existence, and every other type reference in a document.
public class KnownTypeNamesRuleTests
{
    private static readonly KnownTypeNamesRule Rule = new();

    [Fact]
    public void Fragments_on_schema_types_are_valid() => Valid(Rule, """
        fragment correctType on Dog {
          name
        }

        fragment inlineFragment on Dog {
          ... on Dog {
            name
          }
        }

        fragment inlineFragment2 on Dog {
          ... @include(if: true) {
            name
          }
        }
        """);

    [Fact]
    public void Fragments_on_unknown_types_are_reported() => Errors(Rule, """
        fragment notOnExistingType on NotInSchema {
          name
        }

        fragment inlineNotExistingType on Dog {
          ... on NotInSchema {
            name
          }
        }
        """,
        new ExpectedError("Unknown type \"NotInSchema\". Did you mean \"__Schema\"?", (1, 31)),
        new ExpectedError("Unknown type \"NotInSchema\". Did you mean \"__Schema\"?", (6, 10)));

    [Fact]
    public void Unknown_variable_types_are_reported_inside_wrappers() => Errors(Rule, """
        query ($a: [Strin!]!, $b: Boolean) {
          dog { name }
        }
        """,
        new ExpectedError("Unknown type \"Strin\". Did you mean \"String\"?", (1, 13)));

    [Fact]
    public void Introspection_types_are_known() => Valid(Rule, """
        query ($kind: __TypeKind) {
          dog { name }
        }
        """);
}
