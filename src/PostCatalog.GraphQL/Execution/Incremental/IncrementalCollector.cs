using System.Collections;
using PostCatalog.GraphQL.Execution.Planning;
using PostCatalog.GraphQL.Execution.Processing;
using PostCatalog.GraphQL.Execution.Results;
using PostCatalog.GraphQL.Language;
using PostCatalog.GraphQL.Types;
using Path = PostCatalog.GraphQL.Types.Path;

namespace PostCatalog.GraphQL.Execution.Incremental;

/// <summary>
/// What the engine tells about deferred work while it executes: the <c>@defer</c> fragments met at each object, the
/// fields they leave for later, and the list items a <c>@stream</c> leaves for later. One per request, shared by the
/// engine runs of every payload; read by <see cref="IncrementalDelivery"/> between payloads.
/// </summary>
internal sealed class IncrementalCollector
{
    private readonly List<IncrementalRecord> _records = [];

    /// <summary>Every record met so far, in the order met.</summary>
    public IReadOnlyList<IncrementalRecord> Records => _records;

    /// <summary>Called when an object's fields are about to run: records its new fragments and their deferred fields.</summary>
    public DeferScope? EnterObject(SelectionSet selectionSet, object? value, Path path, DeferScope? scope, ResultNode node)
    {
        foreach (var usage in selectionSet.NewDeferUsages)
        {
            var record = new DeferredFragmentRecord(usage, path, scope?.Find(usage.Parent), node);
            _records.Add(record);
            scope = DeferScope.With(scope, usage, record);
        }

        foreach (var deferred in selectionSet.Deferred)
        {
            // The fragment was met here or above (its field is shared with the parent's payload): its record is in scope.
            if (scope?.Find(deferred.Usage) is not { } record) continue;
            record.Tasks.Add(new DeferredTask(record, deferred.Fields, value, path, scope, node));
        }

        return scope;
    }

    /// <summary>
    /// How many items of this list to complete now: all of them, unless the field streams and has more than its
    /// <c>initialCount</c> (then the rest becomes a <see cref="StreamRecord"/> once the initial ones are in place).
    /// </summary>
    public int InitialItemCount(ResolverContext field, int count)
    {
        if (field.Selection.Stream is not { } stream) return count;
        var initialCount = InitialCount(stream, field.Variables);
        return Math.Min(initialCount, count);
    }

    public void AddStream(ResolverContext field, IType itemType, IList items, int start, Path path, ResultList initial)
    {
        var parent = field.Defers?.Find(field.Selection.DeliveredBy);
        _records.Add(new StreamRecord(field, itemType, items, start, path, parent, initial));
    }

    // `initialCount: Int! = 0`, a literal or a variable (validation checked its type; a negative count streams all).
    private static int InitialCount(DirectiveNode stream, IReadOnlyDictionary<string, object?> variables)
    {
        var value = stream.Arguments.FirstOrDefault(argument => argument.Name.Value == "initialCount")?.Value;
        var count = value switch
        {
            IntValueNode literal when int.TryParse(literal.Value, out var parsed) => parsed,
            VariableNode variable when variables.TryGetValue(variable.Name.Value, out var given) && given is int number => number,
            _ => 0,
        };
        return Math.Max(count, 0);
    }
}
