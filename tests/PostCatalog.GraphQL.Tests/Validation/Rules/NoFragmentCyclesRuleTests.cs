using PostCatalog.GraphQL.Validation.Rules;
using static PostCatalog.GraphQL.Tests.Validation.ValidationAssert;

namespace PostCatalog.GraphQL.Tests.Validation.Rules;

// Spec 5.5.2.2 Fragment Spreads Must Not Form Cycles.
public class NoFragmentCyclesRuleTests
{
    private static readonly NoFragmentCyclesRule Rule = new();

    [Fact]
    public void Two_fragments_spreading_each_other_are_reported() => Errors(Rule, """
        {
          dog {
            ...nameFragment
          }
        }

        fragment nameFragment on Dog {
          name
          ...barkVolumeFragment
        }

        fragment barkVolumeFragment on Dog {
          barkVolume
          ...nameFragment
        }
        """,
        new ExpectedError("Cannot spread fragment \"nameFragment\" within itself via \"barkVolumeFragment\".", (9, 3), (14, 3)));

    [Fact]
    public void A_cycle_through_nested_fields_is_reported() => Errors(Rule, """
        {
          dog {
            ...dogFragment
          }
        }

        fragment dogFragment on Dog {
          name
          owner {
            ...ownerFragment
          }
        }

        fragment ownerFragment on Human {
          name
          pets {
            ...dogFragment
          }
        }
        """,
        new ExpectedError("Cannot spread fragment \"dogFragment\" within itself via \"ownerFragment\".", (10, 5), (17, 5)));

    [Fact]
    public void A_fragment_spreading_itself_is_reported() => Errors(Rule, """
        fragment self on Dog { ...self }
        """,
        new ExpectedError("Cannot spread fragment \"self\" within itself.", (1, 24)));

    [Fact]
    public void Spreading_the_same_fragment_twice_is_not_a_cycle() => Valid(Rule, """
        fragment a on Dog { ...b, ...b, ...c }
        fragment b on Dog { ...c }
        fragment c on Dog { name }
        """);
}
