using PostCatalog.GraphQL.Validation.Rules;
using static PostCatalog.GraphQL.Tests.Validation.ValidationAssert;

namespace PostCatalog.GraphQL.Tests.Validation.Rules;

// Spec 5.8.2 Variables Are Input Types.
public class VariablesAreInputTypesRuleTests
{
    private static readonly VariablesAreInputTypesRule Rule = new();

    [Fact]
    public void Scalars_enums_and_input_objects_are_valid() => Valid(Rule, """
        query takesBoolean($atOtherHomes: Boolean) {
          dog {
            isHouseTrained(atOtherHomes: $atOtherHomes)
          }
        }

        query takesComplexInput($complexInput: FindDogInput) {
          findDog(searchBy: $complexInput) {
            name
          }
        }

        query TakesListOfBooleanBang($booleans: [Boolean!]) {
          booleanList(booleanListArg: $booleans)
        }
        """);

    [Fact]
    public void Output_types_are_reported_as_written() => Errors(Rule, """
        query takesCat($cat: Cat) {
          __typename
        }

        query takesDogBang($dog: Dog!) {
          __typename
        }

        query takesListOfPet($pets: [Pet]) {
          __typename
        }

        query takesCatOrDog($catOrDog: CatOrDog) {
          __typename
        }
        """,
        new ExpectedError("Variable \"$cat\" cannot be non-input type \"Cat\".", (1, 22)),
        new ExpectedError("Variable \"$dog\" cannot be non-input type \"Dog!\".", (5, 26)),
        new ExpectedError("Variable \"$pets\" cannot be non-input type \"[Pet]\".", (9, 29)),
        new ExpectedError("Variable \"$catOrDog\" cannot be non-input type \"CatOrDog\".", (13, 32)));
}
