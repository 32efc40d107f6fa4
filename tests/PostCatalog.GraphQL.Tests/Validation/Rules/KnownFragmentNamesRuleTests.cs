using PostCatalog.GraphQL.Validation.Rules;
using static PostCatalog.GraphQL.Tests.Validation.ValidationAssert;

namespace PostCatalog.GraphQL.Tests.Validation.Rules;

// Spec 5.5.2.1 Fragment Spread Target Defined.
public class KnownFragmentNamesRuleTests
{
    private static readonly KnownFragmentNamesRule Rule = new();

    [Fact]
    public void An_undefined_fragment_is_reported_at_its_name() => Errors(Rule, """
        {
          dog {
            ...undefinedFragment
          }
        }
        """,
        new ExpectedError("Unknown fragment \"undefinedFragment\".", (3, 8)));

    [Fact]
    public void Spreads_of_defined_fragments_are_valid() => Valid(Rule, """
        { dog { ...dogName } }
        fragment dogName on Dog { name }
        """);
}
