using PostCatalog.GraphQL.Validation.Rules;
using static PostCatalog.GraphQL.Tests.Validation.ValidationAssert;

namespace PostCatalog.GraphQL.Tests.Validation.Rules;

// Spec 5.5.1.3 Fragments On Composite Types.
public class FragmentsOnCompositeTypesRuleTests
{
    private static readonly FragmentsOnCompositeTypesRule Rule = new();

    [Fact]
    public void Objects_interfaces_and_unions_are_valid_conditions() => Valid(Rule, """
        fragment fragOnObject on Dog {
          name
        }

        fragment fragOnInterface on Pet {
          name
        }

        fragment fragOnUnion on CatOrDog {
          ... on Dog {
            name
          }
        }
        """);

    [Fact]
    public void Scalars_are_reported_as_conditions() => Errors(Rule, """
        fragment fragOnScalar on Int {
          something
        }

        fragment inlineFragOnScalar on Dog {
          ... on Boolean {
            somethingElse
          }
        }
        """,
        new ExpectedError("Fragment \"fragOnScalar\" cannot condition on non composite type \"Int\".", (1, 26)),
        new ExpectedError("Fragment cannot condition on non composite type \"Boolean\".", (6, 10)));

    [Fact]
    public void Input_objects_and_enums_are_reported_as_conditions() => Errors(Rule, """
        fragment onInput on FindDogInput { name }
        fragment onEnum on DogCommand { name }
        """,
        new ExpectedError("Fragment \"onInput\" cannot condition on non composite type \"FindDogInput\".", (1, 21)),
        new ExpectedError("Fragment \"onEnum\" cannot condition on non composite type \"DogCommand\".", (2, 20)));
}
