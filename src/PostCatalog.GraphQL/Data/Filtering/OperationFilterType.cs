namespace PostCatalog.GraphQL.Data.Filtering;

/// <summary>
/// An operation filter input type such as <c>StringOperationFilterInput</c>: its GraphQL name, the scalar (or enum)
/// its operations take, and which operations it offers, in HotChocolate's field order.
/// </summary>
public sealed record OperationFilterType(
    string Name,
    string ValueTypeName,
    OperationFilterKind Kind,
    IReadOnlyList<string> Operations,
    bool ListElementsNullable)
{
    private static readonly string[] EqualityOperations =
        [FilterOperations.Equals, FilterOperations.NotEquals, FilterOperations.In, FilterOperations.NotIn];

    private static readonly string[] ComparableOperations =
    [
        .. EqualityOperations,
        FilterOperations.GreaterThan, FilterOperations.NotGreaterThan,
        FilterOperations.GreaterThanOrEquals, FilterOperations.NotGreaterThanOrEquals,
        FilterOperations.LowerThan, FilterOperations.NotLowerThan,
        FilterOperations.LowerThanOrEquals, FilterOperations.NotLowerThanOrEquals,
    ];

    private static readonly string[] StringOperations =
    [
        FilterOperations.And, FilterOperations.Or,
        .. EqualityOperations[..2],
        FilterOperations.Contains, FilterOperations.NotContains,
        .. EqualityOperations[2..],
        FilterOperations.StartsWith, FilterOperations.NotStartsWith,
        FilterOperations.EndsWith, FilterOperations.NotEndsWith,
    ];

    public static OperationFilterType String { get; } =
        new("StringOperationFilterInput", "String", OperationFilterKind.String, StringOperations, ListElementsNullable: true);

    public static OperationFilterType Boolean { get; } =
        new("BooleanOperationFilterInput", "Boolean", OperationFilterKind.Boolean,
            [FilterOperations.Equals, FilterOperations.NotEquals], ListElementsNullable: true);

    public static OperationFilterType Id { get; } =
        new("IdOperationFilterInput", "ID", OperationFilterKind.Equality, EqualityOperations, ListElementsNullable: true);

    public static OperationFilterType Int { get; } = Comparable("IntOperationFilterInput", "Int");
    public static OperationFilterType Long { get; } = Comparable("LongOperationFilterInput", "Long");
    public static OperationFilterType Float { get; } = Comparable("FloatOperationFilterInput", "Float");
    public static OperationFilterType Decimal { get; } = Comparable("DecimalOperationFilterInput", "Decimal");
    public static OperationFilterType Date { get; } = Comparable("DateOperationFilterInput", "Date");
    public static OperationFilterType DateTime { get; } = Comparable("DateTimeOperationFilterInput", "DateTime");

    /// <summary>HotChocolate's <c>UrlOperationFilterInput</c> is comparable, like the numbers and dates.</summary>
    public static OperationFilterType Url { get; } = Comparable("UrlOperationFilterInput", "URL");

    /// <summary>An enum's filter, e.g. <c>StatusOperationFilterInput { eq neq in: [Status!] nin: [Status!] }</c>.</summary>
    public static OperationFilterType ForEnum(string enumTypeName) =>
        new($"{enumTypeName}OperationFilterInput", enumTypeName, OperationFilterKind.Equality, EqualityOperations,
            ListElementsNullable: false);

    private static OperationFilterType Comparable(string name, string scalar) =>
        new(name, scalar, OperationFilterKind.Comparable, ComparableOperations, ListElementsNullable: true);

    /// <summary>The operation filter type HotChocolate infers for a CLR member type, or null when there is none.</summary>
    public static OperationFilterType? Infer(Type memberType)
    {
        var type = Nullable.GetUnderlyingType(memberType) ?? memberType;
        if (type.IsEnum)
        {
            return ForEnum(type.Name);
        }

        return type switch
        {
            _ when type == typeof(string) => String,
            _ when type == typeof(bool) => Boolean,
            _ when type == typeof(int) || type == typeof(short) || type == typeof(byte) => Int,
            _ when type == typeof(long) => Long,
            _ when type == typeof(double) || type == typeof(float) => Float,
            _ when type == typeof(decimal) => Decimal,
            _ when type == typeof(DateOnly) => Date,
            _ when type == typeof(DateTime) || type == typeof(DateTimeOffset) => DateTime,
            _ => null,
        };
    }
}
