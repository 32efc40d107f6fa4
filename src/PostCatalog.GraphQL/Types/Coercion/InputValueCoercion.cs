namespace PostCatalog.GraphQL.Types;

/// <summary>Reports one coercion problem: the path inside the value, the offending value, and what is wrong.</summary>
public delegate void InputCoercionError(IReadOnlyList<object> path, object? invalidValue, GraphQLError error);

/// <summary>
/// JSON-ish input (variables) to runtime value, per spec input coercion; graphql-js 17's coerceInputValue with the
/// messages of its validateInputValue (each names the type and quotes the value it found). Input objects become dictionaries holding only the fields given or defaulted: the given ones in the order
/// they were written (a sort object applies its fields in that order), then the defaulted ones in schema order.
/// </summary>
public static class InputValueCoercion
{
    /// <summary>Coerces <paramref name="value"/>, calling <paramref name="onError"/> for each problem (the result is then meaningless).</summary>
    public static object? CoerceInputValue(object? value, IInputType type, InputCoercionError onError) =>
        Coerce(JsonInput.Normalize(value), type, onError, []);

    /// <summary>Coerces <paramref name="value"/>; throws a <see cref="GraphQLException"/> with every problem.</summary>
    public static object? CoerceInputValue(object? value, IInputType type)
    {
        var errors = new List<GraphQLError>();
        var result = CoerceInputValue(value, type, (path, invalid, error) =>
        {
            var at = path.Count > 0 ? $" at \"value{PrintPath(path)}\"" : "";
            errors.Add(error with { Message = $"Invalid value {Inspect.Value(invalid)}{at}: {error.Message}" });
        });
        return errors.Count == 0 ? result : throw new GraphQLException(errors);
    }

    /// <summary>graphql-js printPathArray: <c>.field[0].other</c>.</summary>
    public static string PrintPath(IReadOnlyList<object> path) =>
        string.Concat(path.Select(segment => segment is int index ? $"[{index}]" : $".{segment}"));

    private static object? Coerce(object? value, IInputType type, InputCoercionError onError, List<object> path)
    {
        if (type is NonNullType nonNull)
        {
            if (value is not null) return Coerce(value, (IInputType)nonNull.OfType, onError, path);
            onError(path.ToList(), value, new GraphQLError($"Expected value of non-null type \"{type.Print()}\" not to be null."));
            return null;
        }

        if (value is null) return null;

        switch (type)
        {
            case ListType list:
                var itemType = (IInputType)list.OfType;
                if (!ValueShapes.TryGetList(value, out var items))
                {
                    // A single value where a list is expected is a list of one.
                    return new List<object?> { Coerce(value, itemType, onError, path) };
                }

                var coercedItems = new List<object?>(items.Count);
                for (var i = 0; i < items.Count; i++)
                {
                    coercedItems.Add(Coerce(JsonInput.Normalize(items[i]), itemType, onError, [.. path, i]));
                }

                return coercedItems;

            case InputObjectType inputObject:
                return CoerceObject(value, inputObject, onError, path);

            case ILeafType leaf:
                try
                {
                    return leaf.ParseValue(value);
                }
                catch (GraphQLException exception)
                {
                    onError(path.ToList(), value, exception.Errors[0] with { Exception = exception });
                    return null;
                }
                catch (Exception failed) when (failed is not OutOfMemoryException)
                {
                    // A custom scalar that failed without saying why in GraphQL terms.
                    onError(path.ToList(), value, new GraphQLError(
                        $"Expected value of type \"{leaf.Name}\", but encountered error \"{failed.Message}\"; found: {Inspect.Value(value)}.",
                        exception: failed));
                    return null;
                }

            default:
                throw new ArgumentOutOfRangeException(nameof(type));
        }
    }

    private static object? CoerceObject(object? value, InputObjectType type, InputCoercionError onError, List<object> path)
    {
        if (!ValueShapes.TryGetObject(value, out var given))
        {
            onError(path.ToList(), value, new GraphQLError($"Expected value of type \"{type.Name}\" to be an object, found: {Inspect.Value(value)}."));
            return null;
        }

        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            if (!given.TryGetValue(field.Name, out var fieldValue))
            {
                if (field.HasDefaultValue)
                {
                    result[field.Name] = field.DefaultValue;
                }
                else if (field.Type is NonNullType)
                {
                    onError(path.ToList(), value, new GraphQLError(
                        $"Expected value of type \"{type.Name}\" to include required field \"{field.Name}\", found: {Inspect.Value(value)}."));
                }

                continue;
            }

            result[field.Name] = Coerce(JsonInput.Normalize(fieldValue), field.Type, onError, [.. path, field.Name]);
        }

        result = WrittenOrder.Apply(result, given.Keys);

        foreach (var name in given.Keys)
        {
            if (type.GetField(name) is not null) continue;
            var suggestion = Suggestions.DidYouMean(Suggestions.List(name, type.Fields.Select(f => f.Name)));
            onError(path.ToList(), value, new GraphQLError(
                $"Expected value of type \"{type.Name}\" not to include unknown field \"{name}\""
                + (suggestion.Length != 0 ? $".{suggestion} Found" : ", found") + $": {Inspect.Value(value)}."));
        }

        if (type.IsOneOf)
        {
            var oneOf = $"Within OneOf Input Object type \"{type.Name}\", exactly one field must be specified, and the value for that field must be non-null.";
            if (result.Count != 1)
            {
                onError(path.ToList(), value, new GraphQLError(oneOf));
            }
            else if (result.Single() is (var key, null))
            {
                onError([.. path, key], null, new GraphQLError(oneOf));
            }
        }

        return result;
    }
}
