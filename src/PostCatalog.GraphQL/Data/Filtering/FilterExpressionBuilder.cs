using System.Linq.Expressions;
using System.Reflection;

namespace PostCatalog.GraphQL.Data.Filtering;

/// <summary>
/// Turns a coerced <c>where</c> argument into a predicate over the entity. The input is the tree input coercion
/// produces: a dictionary per input object, with a key only for the fields the client gave (null when given as null).
/// Fields of one input object combine with AND; <c>and</c>/<c>or</c> lists combine as given.
/// </summary>
/// <remarks>
/// A field given as null (<c>where: { title: null }</c>) adds no condition, as in HotChocolate. An operation given null
/// where it cannot apply throws <see cref="DataErrorException"/> with HC0026.
/// </remarks>
public static class FilterExpressionBuilder
{
    private static readonly MethodInfo AnyWithPredicate = EnumerableMethod(nameof(Enumerable.Any), 2);
    private static readonly MethodInfo AnyWithoutPredicate = EnumerableMethod(nameof(Enumerable.Any), 1);
    private static readonly MethodInfo AllWithPredicate = EnumerableMethod(nameof(Enumerable.All), 2);

    public static Expression<Func<T, bool>> Build<T>(FilterType<T> type, IReadOnlyDictionary<string, object?> input)
    {
        var entity = Expression.Parameter(typeof(T), "x");
        var body = BuildObject(type, input, entity) ?? Expression.Constant(true);
        return Expression.Lambda<Func<T, bool>>(body, entity);
    }

    /// <summary>Applies the filter to a query; an empty filter leaves the query untouched.</summary>
    public static IQueryable<T> Apply<T>(IQueryable<T> query, FilterType<T> type, IReadOnlyDictionary<string, object?>? input)
    {
        if (input is null || input.Count == 0)
        {
            return query;
        }

        var predicate = Build(type, input);
        return predicate.Body is ConstantExpression { Value: true } ? query : query.Where(predicate);
    }

    private static Expression? BuildObject(FilterType type, IReadOnlyDictionary<string, object?> input, Expression instance)
    {
        var conditions = new List<Expression>();
        foreach (var (name, value) in input)
        {
            var condition = name switch
            {
                FilterOperations.And => Combine(type, value, instance, Predicates.AndAll),
                FilterOperations.Or => Combine(type, value, instance, Predicates.OrAll),
                _ => BuildField(FindField(type, name), value, instance),
            };

            if (condition is not null)
            {
                conditions.Add(condition);
            }
        }

        return Predicates.AndAll(conditions);
    }

    private static Expression? Combine(
        FilterType type, object? value, Expression instance, Func<IReadOnlyList<Expression>, Expression?> combine)
    {
        if (value is not IEnumerable<object?> items)
        {
            return null;
        }

        var parts = items.OfType<IReadOnlyDictionary<string, object?>>()
            .Select(item => BuildObject(type, item, instance) ?? Expression.Constant(true))
            .ToList();
        return combine(parts);
    }

    private static Expression? BuildField(FilterField field, object? value, Expression instance)
    {
        if (value is null)
        {
            return null;
        }

        var input = AsObject(field, value);
        var member = ParameterReplacer.Inline(field.Member, instance);
        return field switch
        {
            OperationFilterField operation => OperationExpressionBuilder.Build(operation, input, member),
            ObjectFilterField obj => BuildObject(obj.ObjectType, input, member) is { } nested
                ? Expression.AndAlso(Predicates.NotNull(member), nested)
                : null,
            ListFilterField list => BuildList(list, input, member),
            _ => throw new ArgumentException($"Unknown filter field kind {field.GetType().Name}."),
        };
    }

    /// <summary><c>some</c>, <c>all</c> and <c>none</c> test the elements; <c>any</c> tests whether there are elements at all.</summary>
    private static Expression? BuildList(ListFilterField field, IReadOnlyDictionary<string, object?> input, Expression collection)
    {
        var elementType = field.ElementType.EntityType;
        var conditions = new List<Expression>();
        foreach (var (operation, value) in input)
        {
            if (value is null)
            {
                var expected = operation == FilterOperations.Any ? "Boolean!" : $"{field.ElementType.Name}!";
                throw FilterErrors.NonNull(operation, field.InputTypeName, expected);
            }

            if (operation == FilterOperations.Any)
            {
                Expression any = Expression.Call(AnyWithoutPredicate.MakeGenericMethod(elementType), collection);
                conditions.Add((bool)value ? any : Expression.Not(any));
                continue;
            }

            var element = Expression.Parameter(elementType, "e");
            var body = BuildObject(field.ElementType, AsObject(field, value), element) ?? Expression.Constant(true);
            var predicate = Expression.Lambda(body, element);
            conditions.Add(operation switch
            {
                FilterOperations.Some => Expression.Call(AnyWithPredicate.MakeGenericMethod(elementType), collection, predicate),
                FilterOperations.None => Expression.Not(
                    Expression.Call(AnyWithPredicate.MakeGenericMethod(elementType), collection, predicate)),
                FilterOperations.All => Expression.Call(AllWithPredicate.MakeGenericMethod(elementType), collection, predicate),
                _ => throw new ArgumentException($"`{operation}` is not an operation of {field.InputTypeName}."),
            });
        }

        return Predicates.AndAll(conditions);
    }

    private static FilterField FindField(FilterType type, string name) =>
        type.FindField(name) ?? throw new ArgumentException($"The field `{name}` does not exist on {type.Name}.");

    private static IReadOnlyDictionary<string, object?> AsObject(FilterField field, object value) =>
        value as IReadOnlyDictionary<string, object?>
        ?? throw new ArgumentException($"The value of `{field.Name}` must be an input object ({field.InputTypeName}).");

    private static MethodInfo EnumerableMethod(string name, int parameterCount) =>
        typeof(Enumerable).GetMethods().Single(m => m.Name == name && m.GetParameters().Length == parameterCount);
}
