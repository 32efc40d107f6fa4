using System.Diagnostics;
using System.Text;
using PostCatalog.GraphQL.Language;
using PostCatalog.GraphQL.Types;
using PostCatalog.GraphQL.Validation;
using PostCatalog.GraphQL.Validation.Rules;
using static PostCatalog.GraphQL.Tests.Validation.ValidationAssert;

namespace PostCatalog.GraphQL.Tests.Validation.Rules;

// Spec 5.3.2 Field Selection Merging: the spec's examples first, then graphql-js's cases and hostile documents.
public class OverlappingFieldsCanBeMergedRuleTests
{
    private static readonly OverlappingFieldsCanBeMergedRule Rule = new();

    private const string UseDifferentAliases = " Use different aliases on the fields to fetch both if this was intentional.";

    [Fact]
    public void Identical_fields_and_identical_aliases_merge() => Valid(Rule, """
        fragment mergeIdenticalFields on Dog {
          name
          name
        }

        fragment mergeIdenticalAliasesAndFields on Dog {
          otherName: name
          otherName: name
        }
        """);

    [Fact]
    public void An_alias_over_another_field_conflicts() => Errors(Rule, """
        fragment conflictingBecauseAlias on Dog {
          name: nickname
          name
        }
        """,
        new ExpectedError(
            "Fields \"name\" conflict because \"nickname\" and \"name\" are different fields." + UseDifferentAliases,
            (2, 3), (3, 3)));

    [Fact]
    public void Identical_arguments_and_identical_variables_merge() => Valid(Rule, """
        fragment mergeIdenticalFieldsWithIdenticalArgs on Dog {
          doesKnowCommand(dogCommand: SIT)
          doesKnowCommand(dogCommand: SIT)
        }

        fragment mergeIdenticalFieldsWithIdenticalValues on Dog {
          doesKnowCommand(dogCommand: $dogCommand)
          doesKnowCommand(dogCommand: $dogCommand)
        }
        """);

    [Fact]
    public void Differing_values_variables_or_missing_arguments_conflict() => Errors(Rule, """
        fragment conflictingArgsOnValues on Dog {
          doesKnowCommand(dogCommand: SIT)
          doesKnowCommand(dogCommand: HEEL)
        }

        fragment conflictingArgsValueAndVar on Dog {
          doesKnowCommand(dogCommand: SIT)
          doesKnowCommand(dogCommand: $dogCommand)
        }

        fragment conflictingArgsWithVars on Dog {
          doesKnowCommand(dogCommand: $varOne)
          doesKnowCommand(dogCommand: $varTwo)
        }

        fragment differingArgs on Dog {
          doesKnowCommand(dogCommand: SIT)
          doesKnowCommand
        }
        """,
        DifferingArguments("doesKnowCommand", (2, 3), (3, 3)),
        DifferingArguments("doesKnowCommand", (7, 3), (8, 3)),
        DifferingArguments("doesKnowCommand", (12, 3), (13, 3)),
        DifferingArguments("doesKnowCommand", (17, 3), (18, 3)));

    [Fact]
    public void Fields_on_distinct_object_types_may_differ_in_name_and_arguments() => Valid(Rule, """
        fragment safeDifferingFields on Pet {
          ... on Dog {
            volume: barkVolume
          }
          ... on Cat {
            volume: meowVolume
          }
        }

        fragment safeDifferingArgs on Pet {
          ... on Dog {
            doesKnowCommand(dogCommand: SIT)
          }
          ... on Cat {
            doesKnowCommand(catCommand: JUMP)
          }
        }
        """);

    [Fact]
    public void Fields_on_distinct_object_types_must_still_return_the_same_shape() => Errors(Rule, """
        fragment conflictingDifferingResponses on Pet {
          ... on Dog {
            someValue: nickname
          }
          ... on Cat {
            someValue: meowVolume
          }
        }
        """,
        new ExpectedError(
            "Fields \"someValue\" conflict because they return conflicting types \"String\" and \"Int\"." + UseDifferentAliases,
            (3, 5), (6, 5)));

    [Fact]
    public void Conflicting_subfields_are_reported_once_at_the_outer_fields_then_the_subfields() => Errors(Rule, """
        {
          dog {
            x: name
            y: barkVolume
          }
          dog {
            x: nickname
            y: nickname
          }
        }
        """,
        new ExpectedError(
            "Fields \"dog\" conflict because subfields \"x\" conflict because \"name\" and \"nickname\" are different fields"
            + " and subfields \"y\" conflict because \"barkVolume\" and \"nickname\" are different fields." + UseDifferentAliases,
            (2, 3), (3, 5), (4, 5), (6, 3), (7, 5), (8, 5)));

    [Fact]
    public void Fields_from_two_fragments_are_compared() => Errors(Rule, """
        {
          dog {
            ...A
            ...B
          }
        }

        fragment A on Dog {
          x: name
        }

        fragment B on Dog {
          x: nickname
        }
        """,
        new ExpectedError("Fields \"x\" conflict because \"name\" and \"nickname\" are different fields." + UseDifferentAliases, (9, 3), (13, 3)));

    [Fact]
    public void A_conflict_is_reported_at_the_nearest_common_ancestor() => Errors(Rule, """
        {
          dog {
            owner {
              x: name
            }
            owner {
              x: __typename
            }
          }
          dog {
            owner {
              name
            }
          }
        }
        """,
        new ExpectedError(
            "Fields \"owner\" conflict because subfields \"x\" conflict because \"name\" and \"__typename\" are different fields."
            + UseDifferentAliases,
            (3, 5), (4, 7), (6, 5), (7, 7)));

    [Fact]
    public void Differing_nullability_and_list_shapes_conflict_even_without_overlap() => ErrorsWithSchema(Rule, BoxSchema, """
        {
          someBox {
            ... on NonNullStringBox {
              scalar
            }
            ... on StringBox {
              scalar
              box: listStringBox {
                scalar
              }
            }
            ... on IntBox {
              box: stringBox {
                scalar
              }
            }
          }
        }
        """,
        new ExpectedError("Fields \"scalar\" conflict because they return conflicting types \"String!\" and \"String\"." + UseDifferentAliases, (4, 7), (7, 7)),
        new ExpectedError("Fields \"box\" conflict because they return conflicting types \"[StringBox]\" and \"StringBox\"." + UseDifferentAliases, (8, 7), (13, 7)));

    [Fact]
    public void Same_shapes_on_different_types_and_inline_fragments_without_condition_merge() => Valid(Rule, """
        {
          someBox {
            unrelatedField
            ... {
              unrelatedField
            }
            ... on SomeBox {
              deepBox {
                unrelatedField
              }
            }
            ... on StringBox {
              deepBox {
                unrelatedField
              }
            }
          }
        }
        """, BoxSchema);

    [Fact]
    public void A_block_string_and_a_string_of_the_same_value_are_different_arguments() => ErrorsWithSchema(Rule, ArgumentSchema, """"
        {
          echo(text: "a")
          echo(text: """a""")
          echo(text: "a")
        }
        """",
        DifferingArguments("echo", (2, 3), (3, 3)),
        DifferingArguments("echo", (3, 3), (4, 3)));

    [Fact]
    public void Object_arguments_with_fields_in_another_order_are_the_same() => Valid(Rule, """
        {
          find(by: { a: 1, b: [2, 3] })
          find(by: { b: [2, 3], a: 1 })
        }
        """, ArgumentSchema);

    [Fact]
    public void Recursive_fragments_do_not_loop() => Valid(Rule, """
        fragment fragA on Human {
          name
          pets {
            name
          }
          ...fragB
        }

        fragment fragB on Human {
          name
          ...fragA
        }
        """);

    [Fact]
    public void A_long_response_name_is_abbreviated_to_a_thousand_characters() => Errors(Rule, $$"""
        {
          dog {
            {{new string('a', 1200)}}: name
            {{new string('a', 1200)}}: nickname
          }
        }
        """,
        new ExpectedError(
            $"Fields \"{new string('a', 1000)}...\" conflict because \"name\" and \"nickname\" are different fields." + UseDifferentAliases,
            (3, 5), (4, 5)));

    [Fact]
    public void A_hundred_thousand_copies_of_one_field_end_in_graphql_js_s_aborted_error_within_a_second_or_two()
    {
        var document = Hostile("{ dog { " + Repeat(100_000, _ => "same: name ") + "} }");

        var (errors, elapsed) = Timed(document);

        Assert.Equal([ComplexityBudgetAborted], errors.Select(e => e.Message));
        Assert.True(elapsed < TimeSpan.FromSeconds(2), $"took {elapsed}");
    }

    [Fact]
    public void A_hundred_thousand_distinct_aliases_of_one_field_validate_within_a_second_or_two()
    {
        var document = Hostile("{ dog { " + Repeat(100_000, i => $"a{i}: name ") + "} }");

        var (errors, elapsed) = Timed(document);

        Assert.Empty(errors);
        Assert.True(elapsed < TimeSpan.FromSeconds(2), $"took {elapsed}");
    }

    [Fact]
    public void A_chain_of_four_hundred_fragments_is_within_budget() =>
        Assert.Empty(Timed(Hostile(FragmentChain(400))).Errors);

    [Fact]
    public void A_fragment_chain_longer_than_graphql_js_survives_ends_in_its_aborted_error()
    {
        var (errors, elapsed) = Timed(Hostile(FragmentChain(5_000)));

        Assert.Equal([ComplexityBudgetAborted], errors.Select(e => e.Message));
        Assert.True(elapsed < BudgetBoundWork, $"took {elapsed}");
    }

    [Fact]
    public void Two_fragment_chains_compared_through_nested_fields_abort_instead_of_overflowing_the_stack()
    {
        // Comparing A0 with B0 compares their owner fields, whose selections spread A1 and B1, and so on: the
        // comparison nests as deep as the chains are long (graphql-js overflows its stack from about 1,000).
        // Well within the budget, so on a thread with a 1 MB stack only the stack guard can end it.
        var document = Hostile("{ dog { ...A0 ...B0 } }\n" + Repeat(3_000, i =>
            $"fragment A{i} on Dog {{ name owner {{ pets {{ ...on Dog {{ ...A{i + 1} }} }} }} }}\n"
            + $"fragment B{i} on Dog {{ name owner {{ pets {{ ...on Dog {{ ...B{i + 1} }} }} }} }}\n"));

        IReadOnlyList<GraphQLError> errors = [];
        var validation = new Thread(() => errors = Timed(document).Errors, maxStackSize: 1024 * 1024);
        validation.Start();
        validation.Join();

        Assert.Equal([ComplexityBudgetAborted], errors.Select(e => e.Message));
    }

    private const string ComplexityBudgetAborted = "Validation aborted.";

    // Spending graphql-js's whole comparison budget takes about 0.2 s of CPU in a Debug build; the bound is generous
    // for loaded CI machines and still catches work that is not bounded by the budget.
    private static readonly TimeSpan BudgetBoundWork = TimeSpan.FromSeconds(10);

    private static ExpectedError DifferingArguments(string responseName, params (int, int)[] locations) =>
        new($"Fields \"{responseName}\" conflict because they have differing arguments." + UseDifferentAliases, locations);

    private static DocumentNode Hostile(string source) =>
        Parser.Parse(source, new ParserOptions { MaxTokens = int.MaxValue, MaxSourceLength = int.MaxValue });

    private static (IReadOnlyList<GraphQLError> Errors, TimeSpan Elapsed) Timed(DocumentNode document)
    {
        var stopwatch = Stopwatch.StartNew();
        var errors = new DocumentValidator().Validate(SpecExampleSchema.Instance, document, new ValidationOptions { Rules = [Rule] }).Errors;
        return (errors, stopwatch.Elapsed);
    }

    private static string Repeat(int count, Func<int, string> part)
    {
        var text = new StringBuilder();
        for (var i = 0; i < count; i++) text.Append(part(i));
        return text.ToString();
    }

    // { dog { name ...F0 } } and F0 .. F(n-1), each selecting name and spreading the next.
    private static string FragmentChain(int length) =>
        "{ dog { name ...F0 } }\n"
        + Repeat(length, i => $"fragment F{i} on Dog {{ name {(i + 1 < length ? $"...F{i + 1}" : "")} }}\n");

    private static readonly Schema BoxSchema = SchemaBuilder.FromSdl("""
        type Query { someBox: SomeBox }
        interface SomeBox { deepBox: SomeBox unrelatedField: String }
        type StringBox implements SomeBox {
          scalar: String deepBox: StringBox unrelatedField: String listStringBox: [StringBox] stringBox: StringBox
        }
        type IntBox implements SomeBox {
          scalar: Int deepBox: IntBox unrelatedField: String listStringBox: [StringBox] stringBox: StringBox
        }
        interface NonNullStringBox { scalar: String! }
        type NonNullStringBoxImpl implements SomeBox & NonNullStringBox { scalar: String! unrelatedField: String deepBox: SomeBox }
        """).Build();

    private static readonly Schema ArgumentSchema = SchemaBuilder.FromSdl("""
        type Query { echo(text: String): String find(by: Filter): String }
        input Filter { a: Int b: [Int] }
        """).Build();
}
