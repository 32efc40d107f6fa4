namespace PostCatalog.GraphQL.Execution.Results;

/// <summary>
/// An object or list in the response tree. Each node knows the slot it fills in its parent, so a null
/// that a non-null type cannot hold can be propagated upwards to the nearest nullable slot (spec 6.4.4).
/// </summary>
public abstract class ResultNode
{
    /// <summary>The map or list holding this node; null for the root <c>data</c> map.</summary>
    public ResultNode? Parent { get; internal set; }

    /// <summary>The index of this node's slot in <see cref="Parent"/>.</summary>
    public int ParentIndex { get; internal set; }

    /// <summary>Whether the slot this node fills may be null (false for a non-null field or list item type).</summary>
    public bool IsNullableSlot { get; internal set; } = true;

    /// <summary>True once a null has replaced this node in its parent; work under it no longer matters.</summary>
    public bool IsInvalidated { get; internal set; }

    /// <summary>Writes <paramref name="value"/> into slot <paramref name="index"/>.</summary>
    public abstract void SetValue(int index, object? value);
}
