using System.Collections;

namespace PostCatalog.GraphQL.Types;

/// <summary>Recognises the object and list shapes input values may come in.</summary>
internal static class ValueShapes
{
    public static bool TryGetObject(object? value, out IReadOnlyDictionary<string, object?> map)
    {
        switch (value)
        {
            case IReadOnlyDictionary<string, object?> readOnly:
                map = readOnly;
                return true;
            case IDictionary<string, object?> dictionary:
                map = dictionary.ToDictionary(p => p.Key, p => p.Value);
                return true;
            default:
                map = null!;
                return false;
        }
    }

    /// <summary>Lists are any enumerable except strings and dictionaries.</summary>
    public static bool TryGetList(object? value, out IReadOnlyList<object?> list)
    {
        if (value is IEnumerable enumerable and not string and not IDictionary
            && !TryGetObject(value, out _))
        {
            list = enumerable.Cast<object?>().ToList();
            return true;
        }

        list = null!;
        return false;
    }
}
