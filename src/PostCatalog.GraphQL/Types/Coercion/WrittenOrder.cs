namespace PostCatalog.GraphQL.Types;

/// <summary>
/// The field order of a coerced input object. Coercion walks the schema's fields (so its errors come in graphql-js's
/// order), but the written order carries meaning: HotChocolate applies the fields of one sort object
/// (<c>{ publishedAt: DESC, title: ASC }</c>) in the order the client wrote them. So the result holds the written
/// fields first, as written, then the defaulted ones in schema order.
/// </summary>
internal static class WrittenOrder
{
    /// <param name="coerced">Coerced fields, in schema order.</param>
    /// <param name="written">The field names as the literal or the variable's JSON object gave them.</param>
    public static Dictionary<string, object?> Apply(Dictionary<string, object?> coerced, IEnumerable<string> written)
    {
        var ordered = new Dictionary<string, object?>(coerced.Count, StringComparer.Ordinal);
        foreach (var name in written)
        {
            if (coerced.TryGetValue(name, out var value)) ordered.TryAdd(name, value);
        }

        foreach (var (name, value) in coerced) ordered.TryAdd(name, value);
        return ordered;
    }
}
