using PostCatalog.GraphQL.Validation.Rules;
using static PostCatalog.GraphQL.Tests.Validation.ValidationAssert;

namespace PostCatalog.GraphQL.Tests.Validation.Rules;

// Spec 5.2.1.1 Operation Name Uniqueness.
public class UniqueOperationNamesRuleTests
{
    private static readonly UniqueOperationNamesRule Rule = new();

    [Fact]
    public void Differently_named_operations_are_valid() => Valid(Rule, """
        query getDogName {
          dog {
            name
          }
        }

        query getOwnerName {
          dog {
            owner {
              name
            }
          }
        }
        """);

    [Fact]
    public void Two_queries_of_one_name_are_reported_at_both_names() => Errors(Rule, """
        query getName {
          dog {
            name
          }
        }

        query getName {
          dog {
            owner {
              name
            }
          }
        }
        """,
        new ExpectedError("There can be only one operation named \"getName\".", (1, 7), (7, 7)));

    [Fact]
    public void Operations_of_different_types_share_one_namespace() => Errors(Rule, """
        query dogOperation {
          dog {
            name
          }
        }

        mutation dogOperation {
          mutateDog {
            name
          }
        }
        """,
        new ExpectedError("There can be only one operation named \"dogOperation\".", (1, 7), (7, 10)));
}
