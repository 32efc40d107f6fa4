using PostCatalog.GraphQL.Validation.Rules;
using static PostCatalog.GraphQL.Tests.Validation.ValidationAssert;

namespace PostCatalog.GraphQL.Tests.Validation.Rules;

// Spec 5.3.3 Leaf Field Selections.
public class ScalarLeafsRuleTests
{
    private static readonly ScalarLeafsRule Rule = new();

    [Fact]
    public void A_scalar_field_without_selection_is_valid() => Valid(Rule, """
        fragment scalarSelection on Dog {
          barkVolume
        }
        """);

    [Fact]
    public void A_selection_on_a_scalar_is_reported() => Errors(Rule, """
        fragment scalarSelectionsNotAllowedOnInt on Dog {
          barkVolume {
            sinceWhen
          }
        }
        """,
        new ExpectedError("Field \"barkVolume\" must not have a selection since type \"Int\" has no subfields.", (2, 14)));

    [Fact]
    public void Objects_interfaces_and_unions_need_a_selection() => Errors(Rule, """
        query directQueryOnObjectWithoutSubFields {
          human
        }

        query directQueryOnInterfaceWithoutSubFields {
          pet
        }

        query directQueryOnUnionWithoutSubFields {
          catOrDog
        }
        """,
        new ExpectedError("Field \"human\" of type \"Human\" must have a selection of subfields. Did you mean \"human { ... }\"?", (2, 3)),
        new ExpectedError("Field \"pet\" of type \"Pet\" must have a selection of subfields. Did you mean \"pet { ... }\"?", (6, 3)),
        new ExpectedError("Field \"catOrDog\" of type \"CatOrDog\" must have a selection of subfields. Did you mean \"catOrDog { ... }\"?", (10, 3)));

    [Fact]
    public void The_message_prints_the_full_field_type() => Errors(Rule, """
        {
          human {
            pets
          }
        }
        """,
        new ExpectedError("Field \"pets\" of type \"[Pet!]\" must have a selection of subfields. Did you mean \"pets { ... }\"?", (3, 5)));
}
