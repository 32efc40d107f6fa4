using PostCatalog.GraphQL.Validation.Rules;
using static PostCatalog.GraphQL.Tests.Validation.ValidationAssert;

namespace PostCatalog.GraphQL.Tests.Validation.Rules;

// Spec 5.1.1 Executable Definitions.
public class ExecutableDefinitionsRuleTests
{
    private static readonly ExecutableDefinitionsRule Rule = new();

    [Fact]
    public void Operations_and_fragments_are_executable() => Valid(Rule, """
        query getDogName {
          dog {
            ...dogName
          }
        }

        fragment dogName on Dog {
          name
        }
        """);

    [Fact]
    public void A_type_extension_in_a_request_is_reported() => Errors(Rule, """
        query getDogName {
          dog {
            name
            color
          }
        }

        extend type Dog {
          color: String
        }
        """,
        new ExpectedError("The \"Dog\" definition is not executable.", (8, 1)));

    [Fact]
    public void Schema_and_directive_definitions_are_reported_by_kind() => Errors(Rule, """
        { dog { name } }
        schema { query: Query }
        directive @cached on FIELD
        extend schema @cached
        """,
        new ExpectedError("The schema definition is not executable.", (2, 1)),
        new ExpectedError("The \"cached\" definition is not executable.", (3, 1)),
        new ExpectedError("The schema definition is not executable.", (4, 1)));
}
