using PostCatalog.GraphQL.Validation.Rules;
using static PostCatalog.GraphQL.Tests.Validation.ValidationAssert;

namespace PostCatalog.GraphQL.Tests.Validation.Rules;

// Spec 5.6.3 Input Object Field Uniqueness.
public class UniqueInputFieldNamesRuleTests
{
    private static readonly UniqueInputFieldNamesRule Rule = new();

    [Fact]
    public void A_field_given_twice_is_reported_at_both_names() => Errors(Rule, """
        {
          findDog(searchBy: { name: "Rex", name: "Fido" }) {
            name
          }
        }
        """,
        new ExpectedError("There can be only one input field named \"name\".", (2, 23), (2, 36)));

    [Fact]
    public void Nested_objects_have_their_own_names() => Valid(Rule, """
        {
          field(arg: { deep: { deep: { id: 1 }, id: 1 }, id: 1 })
        }
        """);
}
