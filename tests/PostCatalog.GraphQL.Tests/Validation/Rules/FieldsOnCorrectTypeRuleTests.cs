using PostCatalog.GraphQL.Validation.Rules;
using static PostCatalog.GraphQL.Tests.Validation.ValidationAssert;

namespace PostCatalog.GraphQL.Tests.Validation.Rules;

// Spec 5.3.1 Field Selections.
public class FieldsOnCorrectTypeRuleTests
{
    private static readonly FieldsOnCorrectTypeRule Rule = new();

    [Fact]
    public void Undefined_fields_are_reported_with_similar_names() => Errors(Rule, """
        fragment fieldNotDefined on Dog {
          meowVolume
        }

        fragment aliasedLyingFieldTargetNotDefined on Dog {
          barkVolume: kawVolume
        }
        """,
        new ExpectedError("Cannot query field \"meowVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", (2, 3)),
        new ExpectedError("Cannot query field \"kawVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", (6, 3)));

    [Fact]
    public void Interface_fields_may_be_selected_on_the_interface() => Valid(Rule, """
        fragment interfaceFieldSelection on Pet {
          name
        }
        """);

    [Fact]
    public void Fields_of_implementations_suggest_an_inline_fragment() => Errors(Rule, """
        fragment definedOnImplementersButNotInterface on Pet {
          nickname
        }
        """,
        new ExpectedError(
            "Cannot query field \"nickname\" on type \"Pet\". Did you mean to use an inline fragment on \"Cat\" or \"Dog\"?",
            (2, 3)));

    [Fact]
    public void Unions_allow_only_typename_and_fragments() => Valid(Rule, """
        fragment inDirectFieldSelectionOnUnion on CatOrDog {
          __typename
          ... on Pet {
            name
          }
          ... on Dog {
            barkVolume
          }
        }
        """);

    [Fact]
    public void Fields_selected_directly_on_a_union_are_reported_most_common_type_first() => Errors(Rule, """
        fragment directFieldSelectionOnUnion on CatOrDog {
          directField
          name
          barkVolume
        }
        """,
        new ExpectedError("Cannot query field \"directField\" on type \"CatOrDog\".", (2, 3)),
        new ExpectedError(
            "Cannot query field \"name\" on type \"CatOrDog\". Did you mean to use an inline fragment on \"Pet\", \"Cat\", or \"Dog\"?",
            (3, 3)),
        new ExpectedError(
            "Cannot query field \"barkVolume\" on type \"CatOrDog\". Did you mean to use an inline fragment on \"Dog\"?",
            (4, 3)));

    [Fact]
    public void Fields_below_an_unknown_field_are_not_reported_again() => Errors(Rule, """
        {
          dog {
            unknownField {
              deeperUnknown
            }
          }
        }
        """,
        new ExpectedError("Cannot query field \"unknownField\" on type \"Dog\".", (3, 5)));

    [Fact]
    public void Meta_fields_are_known() => Valid(Rule, """
        {
          __typename
          dog { __typename }
          catOrDog { __typename }
        }
        """);
}
