using System.Collections;
using PostCatalog.GraphQL.Execution.Planning;
using PostCatalog.GraphQL.Execution.Processing;
using PostCatalog.GraphQL.Execution.Results;
using PostCatalog.GraphQL.Types;
using Path = PostCatalog.GraphQL.Types.Path;

namespace PostCatalog.GraphQL.Execution.Incremental;

/// <summary>
/// Something delivered after the initial payload: a deferred fragment at one path, or the rest of a streamed list.
/// It is announced in <c>pending</c> (with an <see cref="Id"/>) once its parent has been delivered, and finishes in
/// <c>completed</c>.
/// </summary>
internal abstract class IncrementalRecord(Path path, string? label, DeferredFragmentRecord? parent)
{
    public Path Path { get; } = path;
    public string? Label { get; } = label;

    /// <summary>The deferred fragment whose payload must come first (null: the initial payload).</summary>
    public DeferredFragmentRecord? Parent { get; } = parent;

    /// <summary>Given when announced: "0", "1", ... in the order of announcement.</summary>
    public string? Id { get; set; }
    public bool IsCompleted { get; set; }

    /// <summary>Set when the record's data could not be delivered (a null reached its root): its children are dropped.</summary>
    public bool Failed { get; set; }

    /// <summary>True once this record or an ancestor failed, or its place in the result was nulled by an error.</summary>
    public bool IsDropped => Failed || Parent is { IsDropped: true } || IsDiscarded();

    protected abstract bool IsDiscarded();

    internal static bool IsDiscarded(ResultNode? node)
    {
        for (; node is not null; node = node.Parent)
        {
            if (node.IsInvalidated) return true;
        }

        return false;
    }
}

/// <summary>A <c>@defer</c> fragment met at one object: the fields it adds there and below (<see cref="Tasks"/>).</summary>
internal sealed class DeferredFragmentRecord(DeferUsage usage, Path path, DeferredFragmentRecord? parent, ResultNode node)
    : IncrementalRecord(path, usage.Label, parent)
{
    public DeferUsage Usage { get; } = usage;
    public ResultNode Node { get; } = node;
    public List<DeferredTask> Tasks { get; } = [];

    protected override bool IsDiscarded() => IsDiscarded(Node);
}

/// <summary>Fields of one deferred fragment to resolve on one object (deeper than the fragment when a field it shares is not deferred).</summary>
internal sealed record DeferredTask(DeferredFragmentRecord Record, SelectionSet Fields, object? Value, Path Path, DeferScope? Scope, ResultNode Node);

/// <summary>The items of a <c>@stream</c> list after its <c>initialCount</c>, to complete and send as <c>items</c>.</summary>
internal sealed class StreamRecord(ResolverContext field, IType itemType, IList items, int start, Path path,
    DeferredFragmentRecord? parent, ResultList initial)
    : IncrementalRecord(path, LabelOf(field.Selection), parent)
{
    public ResolverContext Field { get; } = field;
    public IType ItemType { get; } = itemType;
    public IList Items { get; } = items;
    public int Start { get; } = start;

    protected override bool IsDiscarded() => IsDiscarded(initial);

    private static string? LabelOf(Selection selection) =>
        selection.Stream?.Arguments.FirstOrDefault(argument => argument.Name.Value == "label")?.Value is Language.StringValueNode label
            ? label.Value
            : null;
}

/// <summary>The deferred fragments in scope at an object: each <see cref="DeferUsage"/> met on the way down, with its record there.</summary>
internal sealed class DeferScope
{
    private readonly DeferUsage _usage;
    private readonly DeferredFragmentRecord _record;
    private readonly DeferScope? _next;

    private DeferScope(DeferUsage usage, DeferredFragmentRecord record, DeferScope? next)
    {
        _usage = usage;
        _record = record;
        _next = next;
    }

    public DeferredFragmentRecord? Find(DeferUsage? wanted)
    {
        if (wanted is null) return null;
        for (var scope = this; scope is not null; scope = scope._next)
        {
            if (scope._usage == wanted) return scope._record;
        }

        return null;
    }

    public static DeferScope With(DeferScope? scope, DeferUsage usage, DeferredFragmentRecord record) => new(usage, record, scope);
}
