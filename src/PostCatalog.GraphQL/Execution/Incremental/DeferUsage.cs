using PostCatalog.GraphQL.Language;

namespace PostCatalog.GraphQL.Execution.Incremental;

/// <summary>
/// One active <c>@defer</c> fragment of a compiled plan (graphql-js 17's <c>DeferUsage</c>): its label and the
/// <c>@defer</c> it sits inside, if any. Field collection tags every field node with the usage it was found under, and
/// a field nested below inherits it; at run time each usage met at an object path becomes a
/// <see cref="DeferredFragmentRecord"/>.
/// </summary>
public sealed class DeferUsage(string? label, SyntaxNode fragment, DeferUsage? parent)
{
    public string? Label { get; } = label;

    /// <summary>The inline fragment or fragment spread that carries the <c>@defer</c>.</summary>
    public SyntaxNode Fragment { get; } = fragment;

    /// <summary>The <c>@defer</c> this one is nested in (its fragment is delivered after that one's).</summary>
    public DeferUsage? Parent { get; } = parent;

    /// <summary>How many <c>@defer</c>s enclose this one.</summary>
    public int Depth => Parent is null ? 0 : Parent.Depth + 1;
}

/// <summary>The fields a <c>@defer</c> adds at one object, collected as a selection set of their own.</summary>
public sealed record DeferredSelections(DeferUsage Usage, Planning.SelectionSet Fields);
