using PostCatalog.GraphQL.Language;
using PostCatalog.GraphQL.Types;
using PostCatalog.GraphQL.Validation;
using PostCatalog.GraphQL.Validation.Rules;
using static PostCatalog.GraphQL.Tests.Validation.ValidationAssert;

namespace PostCatalog.GraphQL.Tests.Validation.Rules;

// Spec 5.6.1 Values of Correct Type: the spec's examples first, then graphql-js's cases.
public class ValuesOfCorrectTypeRuleTests
{
    private static readonly ValuesOfCorrectTypeRule Rule = new();

    [Fact]
    public void Literals_of_the_expected_types_are_valid() => Valid(Rule, """
        fragment goodBooleanArg on Arguments {
          booleanArgField(booleanArg: true)
        }

        fragment coercedIntIntoFloatArg on Arguments {
          # Note: The input coercion rules for Float allow Int literals.
          floatArgField(floatArg: 123)
        }

        query goodComplexDefaultValue($search: FindDogInput = { name: "Fido" }) {
          findDog(searchBy: $search) {
            name
          }
        }
        """);

    [Fact]
    public void A_string_where_an_int_is_expected_is_reported_in_the_scalar_s_words() => Errors(Rule, """
        fragment stringIntoInt on Arguments {
          intArgField(intArg: "123")
        }
        """,
        new ExpectedError("Int cannot represent non-integer value: \"123\"", (2, 23)));

    [Fact]
    public void A_field_of_an_input_object_is_checked_against_the_field_s_type() => Errors(Rule, """
        query badComplexValue {
          findDog(searchBy: { name: 123 }) {
            name
          }
        }
        """,
        new ExpectedError("String cannot represent a non string value: 123", (2, 29)));

    [Fact]
    public void Numbers_that_do_not_fit_int_are_rejected() => Errors(Rule, """
        {
          arguments {
            a: intArgField(intArg: 1.5)
            b: intArgField(intArg: 2147483648)
            c: intArgField(intArg: -2147483648)
          }
        }
        """,
        new ExpectedError("Int cannot represent non-integer value: 1.5", (3, 28)),
        new ExpectedError("Int cannot represent non 32-bit signed integer value: 2147483648", (4, 28)));

    [Fact]
    public void An_enum_takes_only_its_own_values_and_suggests_close_ones() => Errors(Rule, """
        {
          dog {
            a: doesKnowCommand(dogCommand: "SIT")
            b: doesKnowCommand(dogCommand: sit)
            c: doesKnowCommand(dogCommand: JUGGLE)
          }
        }
        """,
        new ExpectedError("Enum \"DogCommand\" cannot represent non-enum value: \"SIT\". Did you mean the enum value \"SIT\"?", (3, 36)),
        new ExpectedError("Value \"sit\" does not exist in \"DogCommand\" enum. Did you mean the enum value \"SIT\"?", (4, 36)),
        new ExpectedError("Value \"JUGGLE\" does not exist in \"DogCommand\" enum.", (5, 36)));

    [Fact]
    public void Hidden_suggestions_leave_the_hints_out()
    {
        var errors = new DocumentValidator().Validate(
            TestSchema,
            Parser.Parse("""{ a: box(box: { width: 1, widht: 2 }) b: sizes(sizes: [SMAL]) }"""),
            new ValidationOptions { Rules = [Rule], HideSuggestions = true }).Errors;

        Assert.Equal(
            [
                "Expected value of type \"Box\" not to include unknown field \"widht\", found: { width: 1, widht: 2 }. @ 1:27",
                "Value \"SMAL\" does not exist in \"Size\" enum. @ 1:56",
            ],
            errors.Select(Describe));
    }

    [Fact]
    public void Null_fills_only_nullable_positions() => Errors(Rule, """
        {
          dog {
            doesKnowCommand(dogCommand: null)
            isHouseTrained(atOtherHomes: null)
          }
        }
        """,
        new ExpectedError("Expected value of non-null type \"DogCommand!\" not to be null.", (3, 33)));

    [Fact]
    public void An_input_object_names_only_its_fields_and_gives_every_required_one() => ErrorsWithSchema(Rule, TestSchema, """
        {
          a: box(box: { height: 2, labl: "x" })
          b: box(box: { width: 1 })
        }
        """,
        new ExpectedError("Expected value of type \"Box\" to include required field \"width\", found: { height: 2, labl: \"x\" }.", (2, 15)),
        new ExpectedError("Expected value of type \"Box\" not to include unknown field \"labl\". Did you mean \"label\"? Found: { height: 2, labl: \"x\" }.", (2, 28)));

    [Fact]
    public void A_value_of_another_kind_where_an_input_object_is_expected_is_reported_whole() => ErrorsWithSchema(Rule, TestSchema, """
        {
          a: box(box: 3)
          b: box(box: [{ width: 1 }])
        }
        """,
        new ExpectedError("Expected value of type \"Box\" to be an object, found: 3.", (2, 15)),
        new ExpectedError("Expected value of type \"Box\" to be an object, found: [{ width: 1 }].", (3, 15)));

    [Fact]
    public void Lists_are_checked_item_by_item_and_a_single_item_is_a_list_of_one() => ErrorsWithSchema(Rule, TestSchema, """
        {
          a: sizes(sizes: SMALL)
          b: sizes(sizes: [SMALL, null, HUGE])
        }
        """,
        new ExpectedError("Expected value of non-null type \"Size!\" not to be null.", (3, 27)),
        new ExpectedError("Value \"HUGE\" does not exist in \"Size\" enum.", (3, 33)));

    [Fact]
    public void A_custom_scalar_judges_its_literals()
    {
        var errors = Validate(Rule, """
            {
              a: even(value: 4)
              b: even(value: 3)
              c: even(value: "four")
            }
            """, TestSchema);

        Assert.Equal(
            [
                "Even cannot represent an odd number: 3 @ 3:18",
                "Expected value of type \"Even\", but encountered error \"Even needs an integer literal.\"; found: \"four\". @ 4:18",
            ],
            errors.Select(Describe));
    }

    [Fact]
    public void A_oneOf_input_object_takes_exactly_one_non_null_field() => ErrorsWithSchema(Rule, TestSchema, """
        {
          a: pick(by: { id: "1" })
          b: pick(by: { id: "1", size: SMALL })
          c: pick(by: {})
          d: pick(by: { size: null })
        }
        """,
        new ExpectedError(PickOneOf, (3, 15)),
        new ExpectedError(PickOneOf, (4, 15)),
        new ExpectedError(PickOneOf, (5, 15)));

    private const string PickOneOf =
        "Within OneOf Input Object type \"Pick\", exactly one field must be specified, and the value for that field must be non-null.";

    [Fact]
    public void Variables_are_left_to_the_variable_rules_but_their_defaults_are_checked() => ErrorsWithSchema(Rule, TestSchema, """
        query ($width: String, $size: Size = "SMALL", $box: Box = { width: 1 }) {
          box(box: { width: $width, size: $size })
          pick(by: { size: $size })
        }
        """,
        new ExpectedError("Enum \"Size\" cannot represent non-enum value: \"SMALL\". Did you mean the enum value \"SMALL\"?", (1, 38)));

    /// <summary>Accepts even integer literals only; says why in GraphQL terms for odd ones, not for anything else.</summary>
    private sealed class EvenType() : ScalarType("Even")
    {
        public override Type RuntimeType => typeof(int);

        public override object? Serialize(object? runtimeValue) => runtimeValue;

        public override object? ParseValue(object? inputValue) => inputValue;

        public override object? ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null)
        {
            if (valueNode is not IntValueNode integer) throw new FormatException("Even needs an integer literal.");
            var value = int.Parse(integer.Value);
            return value % 2 == 0 ? value : throw Error($"Even cannot represent an odd number: {value}");
        }

        public override ValueNode ValueToLiteral(object? runtimeValue) => new IntValueNode(runtimeValue?.ToString() ?? "0");
    }

    private static readonly Schema TestSchema = SchemaBuilder.FromSdl("""
            scalar Even
            enum Size { SMALL MEDIUM LARGE }
            input Box { width: Int! height: Int! = 1 label: String size: Size }
            input Pick @oneOf { id: ID size: Size }
            type Query {
              box(box: Box): String
              pick(by: Pick): String
              even(value: Even): String
              sizes(sizes: [Size!]!): String
            }
            """)
        .AddScalarType(new EvenType())
        .Build();
}
