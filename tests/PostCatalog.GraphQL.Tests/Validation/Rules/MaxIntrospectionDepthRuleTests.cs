using PostCatalog.GraphQL.Validation.Rules;
using static PostCatalog.GraphQL.Tests.Validation.ValidationAssert;

namespace PostCatalog.GraphQL.Tests.Validation.Rules;

// graphql-js's recommended rule: introspection list fields nest at most two deep.
public class MaxIntrospectionDepthRuleTests
{
    private static readonly MaxIntrospectionDepthRule Rule = new();

    [Fact]
    public void Two_nested_introspection_lists_are_valid() => Valid(Rule, """
        {
          __schema {
            types {
              fields {
                type {
                  fields { name }
                }
              }
            }
          }
        }
        """);

    [Fact]
    public void Three_nested_introspection_lists_are_reported() => Errors(Rule, """
        {
          __schema {
            types {
              fields {
                type {
                  fields {
                    type {
                      fields { name }
                    }
                  }
                }
              }
            }
          }
        }
        """,
        new ExpectedError("Maximum introspection depth exceeded", (2, 3)));

    [Fact]
    public void Depth_is_counted_through_fragments() => Errors(Rule, """
        {
          __type(name: "Dog") { ...F }
        }
        fragment F on __Type { fields { type { interfaces { possibleTypes { name } } } } }
        """,
        new ExpectedError("Maximum introspection depth exceeded", (2, 3)));
}
