using PostCatalog.GraphQL.Validation.Rules;
using static PostCatalog.GraphQL.Tests.Validation.ValidationAssert;

namespace PostCatalog.GraphQL.Tests.Validation.Rules;

// Spec 5.5.2.3 Fragment Spread Is Possible.
public class PossibleFragmentSpreadsRuleTests
{
    private static readonly PossibleFragmentSpreadsRule Rule = new();

    [Fact]
    public void Object_spreads_in_object_scope() => Errors(Rule, """
        fragment dogFragment on Dog {
          ... on Dog {
            barkVolume
          }
        }

        fragment catInDogFragmentInvalid on Dog {
          ... on Cat {
            meowVolume
          }
        }
        """,
        new ExpectedError("Fragment cannot be spread here as objects of type \"Dog\" can never be of type \"Cat\".", (8, 3)));

    [Fact]
    public void Abstract_spreads_in_object_scope_are_valid() => Valid(Rule, """
        fragment petNameFragment on Pet {
          name
        }

        fragment interfaceWithinObjectFragment on Dog {
          ...petNameFragment
        }

        fragment catOrDogNameFragment on CatOrDog {
          ... on Cat {
            meowVolume
          }
        }

        fragment unionWithObjectFragment on Dog {
          ...catOrDogNameFragment
        }
        """);

    [Fact]
    public void Object_spreads_in_abstract_scope() => Errors(Rule, """
        fragment petFragment on Pet {
          name
          ... on Dog {
            barkVolume
          }
        }

        fragment sentientFragment on Sentient {
          ... on Dog {
            barkVolume
          }
        }

        fragment humanOrAlienFragment on HumanOrAlien {
          ... on Cat {
            meowVolume
          }
        }
        """,
        new ExpectedError("Fragment cannot be spread here as objects of type \"Sentient\" can never be of type \"Dog\".", (9, 3)),
        new ExpectedError("Fragment cannot be spread here as objects of type \"HumanOrAlien\" can never be of type \"Cat\".", (15, 3)));

    [Fact]
    public void Abstract_spreads_in_abstract_scope() => Errors(Rule, """
        fragment unionWithInterface on Pet {
          ...dogOrHumanFragment
        }

        fragment dogOrHumanFragment on DogOrHuman {
          ... on Dog {
            barkVolume
          }
        }

        fragment nonIntersectingInterfaces on Pet {
          ...sentientFragment
        }

        fragment sentientFragment on Sentient {
          name
        }
        """,
        new ExpectedError(
            "Fragment \"sentientFragment\" cannot be spread here as objects of type \"Pet\" can never be of type \"Sentient\".",
            (12, 3)));
}
