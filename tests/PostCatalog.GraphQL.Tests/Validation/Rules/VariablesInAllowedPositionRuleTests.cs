using PostCatalog.GraphQL.Types;
using PostCatalog.GraphQL.Validation.Rules;
using static PostCatalog.GraphQL.Tests.Validation.ValidationAssert;

namespace PostCatalog.GraphQL.Tests.Validation.Rules;

// Spec 5.8.5 All Variable Usages Are Allowed.
public class VariablesInAllowedPositionRuleTests
{
    private static readonly VariablesInAllowedPositionRule Rule = new();

    [Fact]
    public void Mismatched_types_are_reported_at_definition_and_usage() => Errors(Rule, """
        query intCannotGoIntoBoolean($intArg: Int) {
          arguments {
            booleanArgField(booleanArg: $intArg)
          }
        }

        query booleanListCannotGoIntoBoolean($booleanListArg: [Boolean]) {
          arguments {
            booleanArgField(booleanArg: $booleanListArg)
          }
        }
        """,
        new ExpectedError("Variable \"$intArg\" of type \"Int\" used in position expecting type \"Boolean\".", (1, 30), (3, 33)),
        new ExpectedError(
            "Variable \"$booleanListArg\" of type \"[Boolean]\" used in position expecting type \"Boolean\".", (7, 38), (9, 33)));

    [Fact]
    public void A_nullable_variable_cannot_fill_a_non_null_argument() => Errors(Rule, """
        query booleanArgQuery($booleanArg: Boolean) {
          arguments {
            nonNullBooleanArgField(nonNullBooleanArg: $booleanArg)
          }
        }
        """,
        new ExpectedError("Variable \"$booleanArg\" of type \"Boolean\" used in position expecting type \"Boolean!\".", (1, 23), (3, 47)));

    [Fact]
    public void A_non_null_list_fits_a_nullable_list() => Valid(Rule, """
        query nonNullListToList($nonNullBooleanList: [Boolean]!) {
          arguments {
            booleanListArgField(booleanListArg: $nonNullBooleanList)
          }
        }
        """);

    [Fact]
    public void A_default_on_the_argument_or_the_variable_allows_a_nullable_variable() => Valid(Rule, """
        query booleanArgQueryWithDefault($booleanArg: Boolean) {
          arguments {
            optionalNonNullBooleanArgField(optionalBooleanArg: $booleanArg)
          }
        }

        query booleanArgQueryWithVariableDefault($booleanArg: Boolean = true) {
          arguments {
            nonNullBooleanArgField(nonNullBooleanArg: $booleanArg)
          }
        }
        """);

    [Fact]
    public void A_oneOf_input_field_takes_only_non_null_variables() => ErrorsWithSchema(Rule, OneOfSchema, """
        query ($name: String, $id: ID!) {
          a: pet(by: { name: $name })
          b: pet(by: { id: $id })
        }
        """,
        new ExpectedError(
            "Variable \"$name\" is of type \"String\" but must be non-nullable to be used for OneOf Input Object \"PetBy\".",
            (1, 8), (2, 22)));

    private static readonly Schema OneOfSchema = SchemaBuilder.FromSdl("""
        type Query { pet(by: PetBy): String }
        input PetBy @oneOf { id: ID name: String }
        """).Build();
}
