using System.Linq.Expressions;
using System.Reflection;

namespace PostCatalog.GraphQL.Data.Filtering;

/// <summary>
/// Turns one operation filter input (<c>{ contains: "graph", nin: ["a"] }</c>) on a scalar member into a predicate.
/// Every negated operation (<c>neq</c>, <c>ncontains</c>, <c>ngt</c> ...) is the exact complement of its positive
/// operation, so a null member matches <c>neq: "x"</c> and <c>ncontains: "x"</c> but never <c>contains</c> or <c>gt</c>.
/// </summary>
/// <remarks>
/// String operations are case-sensitive (ordinal), like <c>eq</c> and like LINQ to Objects. On SQLite EF Core
/// translates <c>Contains</c> to <c>instr(...) &gt; 0</c>, which is case-sensitive, whereas <c>LIKE</c> would ignore
/// ASCII case; startsWith/endsWith are built from <c>substr</c> so they are case-sensitive too. Results in SQL and
/// in memory agree (the Data tests check both).
/// </remarks>
internal static class OperationExpressionBuilder
{
    private static readonly MethodInfo StringContains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
    private static readonly MethodInfo Substring = typeof(string).GetMethod(nameof(string.Substring), [typeof(int)])!;
    private static readonly MethodInfo SubstringWithLength = typeof(string).GetMethod(nameof(string.Substring), [typeof(int), typeof(int)])!;
    private static readonly PropertyInfo StringLength = typeof(string).GetProperty(nameof(string.Length))!;
    private static readonly MethodInfo StringCompare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;

    private static readonly MethodInfo EnumerableContains = typeof(Enumerable).GetMethods()
        .Single(m => m.Name == nameof(Enumerable.Contains) && m.GetParameters().Length == 2);

    public static Expression? Build(OperationFilterField field, IReadOnlyDictionary<string, object?> input, Expression member)
    {
        var conditions = new List<Expression>();
        foreach (var (operation, value) in input)
        {
            if (operation is FilterOperations.And or FilterOperations.Or)
            {
                // `and`/`or` inside StringOperationFilterInput combine operation inputs on the same member.
                if (Combinator(field, operation, value, member) is { } combined)
                {
                    conditions.Add(combined);
                }

                continue;
            }

            conditions.Add(BuildOperation(field, operation, value, member));
        }

        return Predicates.AndAll(conditions);
    }

    private static Expression? Combinator(OperationFilterField field, string operation, object? value, Expression member)
    {
        if (value is not IEnumerable<object?> items)
        {
            return null;
        }

        var parts = items.OfType<IReadOnlyDictionary<string, object?>>()
            .Select(item => Build(field, item, member) ?? Expression.Constant(true))
            .ToList();
        return operation == FilterOperations.And ? Predicates.AndAll(parts) : Predicates.OrAll(parts);
    }

    private static Expression BuildOperation(OperationFilterField field, string operation, object? value, Expression member)
    {
        if (!field.OperationType.Operations.Contains(operation))
        {
            throw new ArgumentException($"`{operation}` is not an operation of {field.OperationType.Name}.");
        }

        if (value is null)
        {
            if (!FilterOperations.AcceptsNull(operation) || !field.IsNullable)
            {
                throw FilterErrors.NonNull(operation, field.OperationType.Name, ExpectedType(field, operation));
            }

            var isNull = Expression.Equal(member, Expression.Constant(null, member.Type));
            return operation == FilterOperations.Equals ? isNull : Expression.Not(isNull);
        }

        return operation switch
        {
            FilterOperations.Equals => Equal(member, value),
            FilterOperations.NotEquals => Expression.Not(Equal(member, value)),
            FilterOperations.In => In(member, value),
            FilterOperations.NotIn => Expression.Not(In(member, value)),
            FilterOperations.Contains => StringCall(member, StringContains, value),
            FilterOperations.NotContains => Expression.Not(StringCall(member, StringContains, value)),
            FilterOperations.StartsWith => Affix(member, value, suffix: false),
            FilterOperations.NotStartsWith => Expression.Not(Affix(member, value, suffix: false)),
            FilterOperations.EndsWith => Affix(member, value, suffix: true),
            FilterOperations.NotEndsWith => Expression.Not(Affix(member, value, suffix: true)),
            FilterOperations.GreaterThan => Compare(member, value, ExpressionType.GreaterThan),
            FilterOperations.NotGreaterThan => Expression.Not(Compare(member, value, ExpressionType.GreaterThan)),
            FilterOperations.GreaterThanOrEquals => Compare(member, value, ExpressionType.GreaterThanOrEqual),
            FilterOperations.NotGreaterThanOrEquals => Expression.Not(Compare(member, value, ExpressionType.GreaterThanOrEqual)),
            FilterOperations.LowerThan => Compare(member, value, ExpressionType.LessThan),
            FilterOperations.NotLowerThan => Expression.Not(Compare(member, value, ExpressionType.LessThan)),
            FilterOperations.LowerThanOrEquals => Compare(member, value, ExpressionType.LessThanOrEqual),
            FilterOperations.NotLowerThanOrEquals => Expression.Not(Compare(member, value, ExpressionType.LessThanOrEqual)),
            _ => throw new ArgumentException($"Unknown filter operation `{operation}`."),
        };
    }

    /// <summary>The non-null type the operation needed, as HotChocolate prints it in <c>extensions.expectedType</c>.</summary>
    private static string ExpectedType(OperationFilterField field, string operation)
    {
        var valueType = field.OperationType.ValueTypeName;
        if (operation is FilterOperations.In or FilterOperations.NotIn)
        {
            return field.OperationType.ListElementsNullable ? $"[{valueType}]!" : $"[{valueType}!]!";
        }

        return $"{valueType}!";
    }

    private static Expression Equal(Expression member, object value) =>
        Expression.Equal(member, Value(member, value));

    private static Expression In(Expression member, object value)
    {
        var list = InputValueConverter.ConvertList(value, member.Type);
        var values = ValueExpression.Create(list, typeof(IEnumerable<>).MakeGenericType(member.Type));
        return Expression.Call(EnumerableContains.MakeGenericMethod(member.Type), values, member);
    }

    /// <summary>A string method call, guarded so that a null member does not match (and in memory does not throw).</summary>
    private static Expression StringCall(Expression member, MethodInfo method, object value)
    {
        var call = Expression.Call(member, method, Value(member, value));
        return Expression.AndAlso(Predicates.NotNull(member), call);
    }

    /// <summary>
    /// startsWith/endsWith as "the member is long enough and its prefix (suffix) equals the value". EF Core would
    /// translate <c>StartsWith</c> to SQLite's <c>LIKE</c>, which ignores ASCII case; <c>substr(...) = @value</c>
    /// compares exactly, as <c>eq</c> and <c>contains</c> do.
    /// </summary>
    private static Expression Affix(Expression member, object value, bool suffix)
    {
        var text = Value(member, value);
        var length = Expression.Property(member, StringLength);
        var valueLength = Expression.Property(text, StringLength);
        var part = suffix
            ? Expression.Call(member, Substring, Expression.Subtract(length, valueLength))
            : Expression.Call(member, SubstringWithLength, Expression.Constant(0), valueLength);
        return Expression.AndAlso(
            Predicates.NotNull(member),
            Expression.AndAlso(Expression.GreaterThanOrEqual(length, valueLength), Expression.Equal(part, text)));
    }

    /// <summary>
    /// An ordering comparison. Strings (e.g. URLs) compare through <c>string.Compare</c>, which EF Core translates to
    /// SQL's <c>&lt;</c>/<c>&gt;</c>; a null member never compares (as SQL's NULL does not).
    /// </summary>
    private static Expression Compare(Expression member, object value, ExpressionType comparison)
    {
        if (member.Type == typeof(string))
        {
            var compare = Expression.Call(StringCompare, member, Value(member, value));
            return Expression.AndAlso(
                Predicates.NotNull(member),
                Expression.MakeBinary(comparison, compare, Expression.Constant(0)));
        }

        // Lifted comparisons on nullable value types are already false for null.
        return Expression.MakeBinary(comparison, member, Value(member, value));
    }

    private static Expression Value(Expression member, object value) =>
        ValueExpression.Create(InputValueConverter.Convert(value, member.Type), member.Type);
}
