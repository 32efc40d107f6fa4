using PostCatalog.GraphQL.Execution;
using PostCatalog.GraphQL.Language;
using PostCatalog.GraphQL.Types;
using PostCatalog.GraphQL.Validation;
using PostCatalog.GraphQL.Validation.Rules;

namespace PostCatalog.GraphQL.Tests.Validation;

public class DocumentValidatorTests
{
    private static ValidationResult Validate(string document, ValidationOptions? options = null) =>
        new DocumentValidator().Validate(SpecExampleSchema.Instance, Parser.Parse(document), options);

    [Fact]
    public void A_valid_document_has_no_errors()
    {
        var result = Validate("""
            query ($command: DogCommand!) {
              dog {
                ...dogFields
                doesKnowCommand(dogCommand: $command)
              }
            }

            fragment dogFields on Dog {
              name
              owner { name }
            }
            """);

        Assert.True(result.IsValid);
    }

    [Fact]
    public void Errors_of_every_rule_are_reported_in_one_walk()
    {
        var result = Validate("""
            query Q($unused: Int) {
              dog { meowVolume }
              ...missing
            }
            """);

        Assert.Equal(
            [
                "Cannot query field \"meowVolume\" on type \"Dog\". Did you mean \"barkVolume\"?",
                "Unknown fragment \"missing\".",
                "Variable \"$unused\" is never used in operation \"Q\".",
            ],
            result.Errors.Select(e => e.Message));
    }

    [Fact]
    public void Errors_carry_locations_a_code_and_the_spec_section()
    {
        var error = Assert.Single(Validate("{ dog { meowVolume } }").Errors);

        Assert.Equal([new ErrorLocation(1, 9)], error.Locations);
        Assert.Equal("FIELDS_ON_CORRECT_TYPE", error.Code);
        Assert.Equal("https://spec.graphql.org/October2021/#sec-Field-Selections", error.Extensions!["specifiedBy"]);
    }

    [Fact]
    public void Validation_stops_at_the_error_limit()
    {
        var result = Validate("{ a b c d e }", new ValidationOptions { MaxErrors = 2 });

        Assert.Equal(
            [
                "Cannot query field \"a\" on type \"Query\".",
                "Cannot query field \"b\" on type \"Query\".",
                DocumentValidator.TooManyErrorsMessage,
            ],
            result.Errors.Select(e => e.Message));
        Assert.Null(result.Errors[^1].Locations);
    }

    [Fact]
    public void Suggestions_can_be_hidden()
    {
        var result = Validate("{ dog { meowVolume } }", new ValidationOptions { HideSuggestions = true });

        Assert.Equal("Cannot query field \"meowVolume\" on type \"Dog\".", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void Only_the_given_rules_run()
    {
        var result = Validate(
            "query Q($unused: Int) { dog { meowVolume } }",
            new ValidationOptions { Rules = [new NoUnusedVariablesRule()] });

        Assert.Equal("Variable \"$unused\" is never used in operation \"Q\".", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void A_rule_that_skips_a_subtree_does_not_hide_it_from_the_others()
    {
        // UniqueOperationNamesRule skips every operation; FieldsOnCorrectTypeRule must still see the fields.
        var result = Validate(
            "query A { nope } query A { dog { name } }",
            new ValidationOptions { Rules = [new UniqueOperationNamesRule(), new FieldsOnCorrectTypeRule()] });

        Assert.Equal(
            ["Cannot query field \"nope\" on type \"Query\".", "There can be only one operation named \"A\"."],
            result.Errors.Select(e => e.Message).Order());
    }

    [Fact]
    public void Fragment_cycles_with_many_spreads_end_with_an_abort_not_a_hang()
    {
        // Every fragment spreads every other: following spreads costs far more than the fragment work budget.
        var names = Enumerable.Range(0, 300).Select(i => "F" + i).ToList();
        var fragments = names.Select(n => $"fragment {n} on Dog {{ {string.Join(" ", names.Select(m => "..." + m))} }}");
        var document = Parser.Parse("{ dog { ...F0 } }\n" + string.Join("\n", fragments), new ParserOptions { MaxTokens = 1_000_000 });

        var result = new DocumentValidator().Validate(
            SpecExampleSchema.Instance, document, new ValidationOptions { MaxErrors = 1_000_000 });

        Assert.Equal("Validation aborted.", result.Errors[^1].Message);
    }

    [Fact]
    public void As_the_executors_validator_it_uses_the_options_it_was_built_with()
    {
        IDocumentValidator validator = new DocumentValidator(new ValidationOptions { MaxErrors = 1 });

        var result = validator.Validate(SpecExampleSchema.Instance, Parser.Parse("{ a b }"));

        Assert.Equal(
            ["Cannot query field \"a\" on type \"Query\".", DocumentValidator.TooManyErrorsMessage],
            result.Errors.Select(e => e.Message));
    }
}
