using PostCatalog.GraphQL.Execution.Incremental;
using PostCatalog.GraphQL.Execution.Results;

namespace PostCatalog.GraphQL.Execution.Processing;

// The engine's part in incremental delivery: one run per deferred task or stream, on its own OperationContext (so
// each payload carries its own errors), with the same breadth-first loop and DataLoader batching as the initial run.
internal sealed partial class ExecutionEngine
{
    /// <summary>Resolves a deferred fragment's fields on its object; null when a non-null field's error reached the fragment.</summary>
    public async Task<ResultMap?> ExecuteDeferredAsync(DeferredTask task)
    {
        var map = new ResultMap(task.Fields.Selections.Count);
        EnqueueFields(map, task.Fields, task.Value, task.Path, task.Scope);
        await RunAsync().ConfigureAwait(false);
        return _dataIsNull ? null : map;
    }

    /// <summary>Completes a stream's remaining items; null when a non-null item's error reached the list.</summary>
    public async Task<ResultList?> ExecuteStreamAsync(StreamRecord stream)
    {
        var count = stream.Items.Count - stream.Start;
        var list = new ResultList(count) { IsNullableSlot = false };
        for (var i = 0; i < count; i++)
        {
            CompleteValue(stream.Field, stream.ItemType, stream.Items[stream.Start + i], list, i, stream.Path.Append(stream.Start + i));
            if (list.IsInvalidated) break;
        }

        await RunAsync().ConfigureAwait(false);
        return _dataIsNull ? null : list;
    }
}
