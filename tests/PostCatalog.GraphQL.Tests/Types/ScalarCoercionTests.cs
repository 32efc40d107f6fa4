using PostCatalog.GraphQL.Language;
using PostCatalog.GraphQL.Types;

namespace PostCatalog.GraphQL.Tests.Types;

/// <summary>Each scalar's result coercion (Serialize), input coercion (ParseValue) and literal coercion (ParseLiteral), spec 3.5.</summary>
public class ScalarCoercionTests
{
    private static ValueNode Literal(string source) => Parser.ParseConstValue(source);

    // Int: spec 3.5.1.

    [Theory]
    [InlineData(1, 1)]
    [InlineData(-2147483648L, int.MinValue)]
    [InlineData(2147483647L, int.MaxValue)]
    [InlineData(3.0, 3)]
    [InlineData(true, 1)]
    [InlineData("42", 42)]
    public void Int_serializes_whole_numbers_in_32_bit_range(object runtimeValue, int expected) =>
        Assert.Equal(expected, new IntType().Serialize(runtimeValue));

    [Theory]
    [InlineData(1.5, "Int cannot represent non-integer value: 1.5")]
    [InlineData(2147483648L, "Int cannot represent non 32-bit signed integer value: 2147483648")]
    [InlineData(-2147483649L, "Int cannot represent non 32-bit signed integer value: -2147483649")]
    [InlineData("abc", "Int cannot represent non-integer value: \"abc\"")]
    public void Int_refuses_to_serialize_fractions_and_out_of_range_values(object runtimeValue, string message) =>
        Assert.Equal(message, Assert.Throws<SerializationException>(() => new IntType().Serialize(runtimeValue)).Message);

    [Theory]
    [InlineData(1L, 1)]
    [InlineData(1.0, 1)]
    [InlineData(-17L, -17)]
    public void Int_accepts_integral_input(object input, int expected) =>
        Assert.Equal(expected, new IntType().ParseValue(input));

    [Theory]
    [InlineData(1.5, "Int cannot represent non-integer value: 1.5")]
    [InlineData(2147483648L, "Int cannot represent non 32-bit signed integer value: 2147483648")]
    [InlineData(1e100, "Int cannot represent non 32-bit signed integer value: 1e+100")]
    [InlineData("1", "Int cannot represent non-integer value: \"1\"")]
    [InlineData(true, "Int cannot represent non-integer value: true")]
    public void Int_rejects_input_that_is_not_a_32_bit_integer(object input, string message) =>
        Assert.Equal(message, Assert.Throws<SerializationException>(() => new IntType().ParseValue(input)).Message);

    [Fact]
    public void Int_literals_must_be_integer_literals_in_range()
    {
        var type = new IntType();

        Assert.Equal(123, type.ParseLiteral(Literal("123")));
        Assert.Equal("Int cannot represent non-integer value: 1.5",
            Assert.Throws<SerializationException>(() => type.ParseLiteral(Literal("1.5"))).Message);
        Assert.Equal("Int cannot represent non 32-bit signed integer value: 2147483648",
            Assert.Throws<SerializationException>(() => type.ParseLiteral(Literal("2147483648"))).Message);
        Assert.Equal("Int cannot represent non-integer value: \"123\"",
            Assert.Throws<SerializationException>(() => type.ParseLiteral(Literal("\"123\""))).Message);
    }

    // Float: spec 3.5.2.

    [Fact]
    public void Float_accepts_integers_and_fractions_and_widens_them_to_double()
    {
        var type = new FloatType();

        Assert.Equal(1d, type.ParseValue(1L));
        Assert.Equal(1.5d, type.ParseValue(1.5));
        Assert.Equal(1d, type.ParseLiteral(Literal("1")));
        Assert.Equal(0.25d, type.ParseLiteral(Literal("2.5e-1")));
        Assert.Equal(1.5d, type.Serialize(1.5m));
    }

    [Fact]
    public void Float_rejects_non_numbers()
    {
        var type = new FloatType();

        Assert.Equal("Float cannot represent non numeric value: \"1.5\"",
            Assert.Throws<SerializationException>(() => type.ParseValue("1.5")).Message);
        Assert.Equal("Float cannot represent non numeric value: true",
            Assert.Throws<SerializationException>(() => type.ParseLiteral(Literal("true"))).Message);
        Assert.Throws<SerializationException>(() => type.Serialize(double.NaN));
    }

    [Fact]
    public void Float_default_values_print_whole_numbers_as_int_literals_like_graphql_js()
    {
        Assert.IsType<IntValueNode>(new FloatType().ValueToLiteral(2.0));
        Assert.Equal("2.5", ((FloatValueNode)new FloatType().ValueToLiteral(2.5)).Value);
    }

    // String: spec 3.5.3.

    [Fact]
    public void String_input_must_be_a_string_but_output_accepts_booleans_and_numbers()
    {
        var type = new StringType();

        Assert.Equal("abc", type.ParseValue("abc"));
        Assert.Equal("String cannot represent a non string value: 1", Assert.Throws<SerializationException>(() => type.ParseValue(1L)).Message);
        Assert.Equal("String cannot represent a non string value: 1",
            Assert.Throws<SerializationException>(() => type.ParseLiteral(Literal("1"))).Message);
        Assert.Equal("true", type.Serialize(true));
        Assert.Equal("1.5", type.Serialize(1.5));
        Assert.Equal("7", type.Serialize(7));
    }

    // Boolean: spec 3.5.4.

    [Fact]
    public void Boolean_input_must_be_true_or_false()
    {
        var type = new BooleanType();

        Assert.Equal(true, type.ParseValue(true));
        Assert.Equal(false, type.ParseLiteral(Literal("false")));
        Assert.Equal("Boolean cannot represent a non boolean value: 1",
            Assert.Throws<SerializationException>(() => type.ParseValue(1L)).Message);
        Assert.Equal("Boolean cannot represent a non boolean value: \"true\"",
            Assert.Throws<SerializationException>(() => type.ParseLiteral(Literal("\"true\""))).Message);
        Assert.Equal(true, type.Serialize(1));
    }

    // ID: spec 3.5.5.

    [Fact]
    public void ID_accepts_strings_and_integers_and_always_serializes_as_a_string()
    {
        var type = new IdType();

        Assert.Equal("4", type.ParseValue(4L));
        Assert.Equal("abc", type.ParseValue("abc"));
        Assert.Equal("4", type.ParseLiteral(Literal("4")));
        Assert.Equal("x", type.ParseLiteral(Literal("\"x\"")));
        Assert.Equal("123", type.Serialize(123));
        Assert.Equal("ID cannot represent value: 1.5", Assert.Throws<SerializationException>(() => type.ParseValue(1.5)).Message);
        Assert.Equal("ID cannot represent a non-string and non-integer value: 1.5",
            Assert.Throws<SerializationException>(() => type.ParseLiteral(Literal("1.5"))).Message);
    }

    // HotChocolate's extra scalars.

    [Fact]
    public void Date_is_an_ISO_calendar_date()
    {
        var type = new DateType();

        Assert.Equal(new DateOnly(2024, 2, 29), type.ParseValue("2024-02-29"));
        Assert.Equal(new DateOnly(2024, 2, 29), type.ParseLiteral(Literal("\"2024-02-29\"")));
        Assert.Equal("2024-02-29", type.Serialize(new DateOnly(2024, 2, 29)));
        Assert.Throws<SerializationException>(() => type.ParseValue("2023-02-29"));
        Assert.Throws<SerializationException>(() => type.ParseValue("29/02/2024"));
        Assert.Throws<SerializationException>(() => type.ParseLiteral(Literal("20240229")));
    }

    [Fact]
    public void DateTime_requires_an_offset_and_serializes_with_milliseconds_like_HotChocolate()
    {
        var type = new DateTimeType();

        Assert.Equal(new DateTimeOffset(2024, 5, 1, 12, 0, 0, TimeSpan.FromHours(2)), type.ParseValue("2024-05-01T12:00:00+02:00"));
        Assert.Equal("2024-05-01T10:00:00.000Z", type.Serialize(new DateTimeOffset(2024, 5, 1, 10, 0, 0, TimeSpan.Zero)));
        Assert.Equal("2024-05-01T12:00:00.500+02:00",
            type.Serialize(new DateTimeOffset(2024, 5, 1, 12, 0, 0, 500, TimeSpan.FromHours(2))));
        Assert.Throws<SerializationException>(() => type.ParseValue("2024-05-01T12:00:00"));
        Assert.Throws<SerializationException>(() => type.ParseValue("yesterday"));
        Assert.Equal("https://www.graphql-scalars.com/date-time", type.SpecifiedByUrl);
    }

    [Fact]
    public void URL_accepts_only_absolute_URLs()
    {
        var type = new UrlType();

        Assert.Equal(new Uri("https://example.com/blog/post"), type.ParseValue("https://example.com/blog/post"));
        Assert.Equal("https://example.com/", type.Serialize(new Uri("https://example.com")));
        Assert.Throws<SerializationException>(() => type.ParseValue("/relative/path"));
        Assert.Throws<SerializationException>(() => type.ParseLiteral(Literal("42")));
        Assert.Equal("URL", type.Name);
    }

    [Fact]
    public void Long_is_a_64_bit_integer()
    {
        var type = new LongType();

        Assert.Equal(9007199254740993L, type.ParseLiteral(Literal("9007199254740993")));
        Assert.Equal(long.MaxValue, type.ParseValue(long.MaxValue));
        Assert.Equal(5L, type.Serialize(5));
        Assert.Throws<SerializationException>(() => type.ParseLiteral(Literal("9223372036854775808")));
        Assert.Throws<SerializationException>(() => type.ParseValue(1.5));
    }

    [Fact]
    public void A_scalar_declared_only_in_SDL_passes_values_through_and_reads_literals_untyped()
    {
        var type = new CustomScalarType("JSON");

        var value = Assert.IsType<Dictionary<string, object?>>(type.ParseLiteral(Literal("{a: 1, b: [\"x\", true]}")));

        Assert.Equal(1L, value["a"]);
        Assert.Equal(new object?[] { "x", true }, Assert.IsType<List<object?>>(value["b"]));
        Assert.Equal("anything", type.Serialize("anything"));
    }
}
