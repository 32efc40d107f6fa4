using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;

namespace PostCatalog.GraphQL.Types;

/// <summary>
/// The resolver of fields without one: reads the parent's dictionary entry or public property/field with the
/// field's name (case-insensitive, so <c>title</c> reads <c>Title</c>), like graphql-js's default resolver.
/// </summary>
public static class DefaultFieldResolver
{
    public static FieldResolver For(string fieldName)
    {
        // Accessors are cached per resolver (per field), not in static state.
        var accessors = new ConcurrentDictionary<Type, Func<object, object?>>();
        return context => new ValueTask<object?>(Read(context.ParentValue, fieldName, accessors));
    }

    private static object? Read(object? parent, string fieldName, ConcurrentDictionary<Type, Func<object, object?>> accessors) =>
        parent switch
        {
            null => null,
            IReadOnlyDictionary<string, object?> map => map.GetValueOrDefault(fieldName),
            IDictionary<string, object?> map => map.TryGetValue(fieldName, out var value) ? value : null,
            IDictionary map => map.Contains(fieldName) ? map[fieldName] : null,
            _ => accessors.GetOrAdd(parent.GetType(), type => CreateAccessor(type, fieldName))(parent),
        };

    private static Func<object, object?> CreateAccessor(Type type, string fieldName)
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase;
        if (type.GetProperty(fieldName, flags) is { CanRead: true } property && property.GetIndexParameters().Length == 0)
        {
            return property.GetValue;
        }

        if (type.GetField(fieldName, flags) is { } field)
        {
            return field.GetValue;
        }

        if (type.GetMethod(fieldName, flags, Type.EmptyTypes) is { ReturnType: var returnType } method && returnType != typeof(void))
        {
            return target => method.Invoke(target, null);
        }

        return _ => null;
    }
}
