using PostCatalog.GraphQL.Execution.Incremental;
using PostCatalog.GraphQL.Types;

namespace PostCatalog.GraphQL.Execution.Planning;

/// <summary>
/// The merged fields to resolve on one object type, in the order the spec's CollectFields yields them. In a plan
/// for incremental delivery, the fields only <c>@defer</c> fragments select are set apart in <see cref="Deferred"/>.
/// </summary>
public sealed class SelectionSet
{
    internal SelectionSet(ObjectType type, Selection[] selections,
        IReadOnlyList<DeferUsage>? newDeferUsages = null, IReadOnlyList<DeferredSelections>? deferred = null)
    {
        Type = type;
        Selections = selections;
        NewDeferUsages = newDeferUsages ?? [];
        Deferred = deferred ?? [];
    }

    public ObjectType Type { get; }

    /// <summary>The fields resolved with their parent (in its payload).</summary>
    public IReadOnlyList<Selection> Selections { get; }

    /// <summary>The <c>@defer</c> fragments met while collecting these fields, outermost first.</summary>
    public IReadOnlyList<DeferUsage> NewDeferUsages { get; }

    /// <summary>Fields that only deferred fragments select, grouped by the fragment that delivers them.</summary>
    public IReadOnlyList<DeferredSelections> Deferred { get; }
}
