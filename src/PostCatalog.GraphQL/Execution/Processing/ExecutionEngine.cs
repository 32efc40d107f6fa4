using Path = PostCatalog.GraphQL.Types.Path;
using System.Collections.Concurrent;
using PostCatalog.GraphQL.Execution.Planning;
using PostCatalog.GraphQL.Execution.Results;
using PostCatalog.GraphQL.Language;
using PostCatalog.GraphQL.Types;

namespace PostCatalog.GraphQL.Execution.Processing;

/// <summary>
/// Executes one operation (spec 6.2-6.4) breadth-first. Every field whose parent value is known is started;
/// resolvers that finish synchronously are completed at once, the others complete as they finish. When nothing
/// is left to start, the DataLoader batches queued meanwhile are dispatched: so the loads of one level of the
/// tree (the categories of 50 posts) become one fetch. Only this loop touches the result tree, so it needs no
/// locks; resolvers themselves may run concurrently.
/// </summary>
internal sealed partial class ExecutionEngine
{
    private readonly OperationContext _operation;
    private readonly Queue<ResolverContext> _ready = new();
    private readonly ConcurrentQueue<ResolverContext> _finished = new();
    private readonly SemaphoreSlim _wake = new(0);
    private int _running;
    private bool _dataIsNull;

    public ExecutionEngine(OperationContext operation)
    {
        _operation = operation;
        _operation.DataLoaders.BatchQueued += Wake;
    }

    /// <summary>Runs the operation and returns its <c>data</c> (null when an error propagated to the root).</summary>
    public async Task<ResultMap?> ExecuteAsync()
    {
        var rootSet = _operation.Plan.RootSelectionSet;
        var data = new ResultMap(rootSet.Selections.Count);
        var defers = _operation.Incremental?.EnterObject(rootSet, _operation.RootValue, Path.Root, null, data);
        var fields = CreateFields(data, rootSet, _operation.RootValue, Path.Root, defers);

        if (_operation.Operation.OperationType == OperationType.Mutation)
        {
            // Mutation root fields run one after another (spec 6.2.2): each, with everything below it, completes first.
            foreach (var field in fields)
            {
                _ready.Enqueue(field);
                await RunAsync().ConfigureAwait(false);
            }
        }
        else
        {
            foreach (var field in fields) _ready.Enqueue(field);
            await RunAsync().ConfigureAwait(false);
        }

        return _dataIsNull ? null : data;
    }

    private async Task RunAsync()
    {
        var scope = _operation.DataLoaders;
        var cancellationToken = _operation.CancellationToken;
        while (true)
        {
            while (_ready.TryDequeue(out var field)) Start(field);

            var progressed = false;
            while (_finished.TryDequeue(out var field))
            {
                _running--;
                progressed = true;
                Finish(field);
            }
            if (progressed || _ready.Count > 0) continue;
            if (_running == 0) return;

            if (!scope.IsDispatching && scope.HasPendingBatches)
            {
                _ = scope.DispatchAsync(cancellationToken).ContinueWith(
                    static (_, state) => ((ExecutionEngine)state!).Wake(), this,
                    CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            }
            await _wake.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private void Wake() => _wake.Release();

    /// <summary>Appends one slot per selection to <paramref name="map"/>; <c>__typename</c> is answered right away.</summary>
    private List<ResolverContext> CreateFields(ResultMap map, SelectionSet selectionSet, object? parentValue, Path path,
        Incremental.DeferScope? defers)
    {
        var fields = new List<ResolverContext>(selectionSet.Selections.Count);
        AddFields(map, selectionSet, parentValue, path, fields, defers);
        return fields;
    }

    private void EnqueueFields(ResultMap map, SelectionSet selectionSet, object? parentValue, Path path,
        Incremental.DeferScope? defers) =>
        AddFields(map, selectionSet, parentValue, path, null, defers);

    // Fields go to the list when given (mutation roots, run one by one), else straight to the ready queue.
    private void AddFields(ResultMap map, SelectionSet selectionSet, object? parentValue, Path path, List<ResolverContext>? list,
        Incremental.DeferScope? defers)
    {
        var selections = selectionSet.Selections;
        for (var i = 0; i < selections.Count; i++)
        {
            var selection = selections[i];
            var slot = map.Add(selection.ResponseName);
            if (selection.Kind == SelectionKind.TypeName)
            {
                map.SetValue(slot, selectionSet.Type.Name);
                continue;
            }
            if (list is null && selection.ParentRead is { } read && TryCompleteInPlace(selection, read, parentValue, map, slot)) continue;
            var field = new ResolverContext(_operation, selection, selectionSet.Type, parentValue, map, slot,
                path.Append(selection.ResponseName)) { Engine = this, Defers = defers };
            if (list is null) _ready.Enqueue(field);
            else list.Add(field);
        }
    }

    /// <summary>
    /// A leaf that only reads its parent (<see cref="Selection.ParentRead"/>) is answered as it is queued: no resolver
    /// context, no path, no trip through the queue; most fields of a page are these. Anything unusual (the read
    /// throws, a non-null field is null, the scalar refuses the value) returns false and the field goes the ordinary
    /// way, which reports it with its path; a pure read can run twice.
    /// </summary>
    private static bool TryCompleteInPlace(Selection selection, Func<object?, object?> read, object? parentValue, ResultMap map, int slot)
    {
        var type = selection.Type;
        var nonNull = type is NonNullType;
        var leaf = (ILeafType)(type is NonNullType nonNullType ? nonNullType.OfType : type);
        try
        {
            var value = read(parentValue);
            var serialized = value is null ? null : leaf.Serialize(value);
            if (serialized is null && (nonNull || value is not null)) return false;
            map.SetValue(slot, serialized);
            return true;
        }
        catch (Exception)
        {
            return false;
        }
    }

    private void Start(ResolverContext field)
    {
        if (IsDiscarded(field.ParentNode)) return;

        ValueTask pipeline;
        try
        {
            field.Arguments = field.Selection.CoerceArguments(_operation.Variables);
            pipeline = field.Field.Pipeline(field);
        }
        catch (Exception exception) when (!IsAbort(exception))
        {
            HandleError(field, exception);
            return;
        }

        if (pipeline.IsCompleted)
        {
            try
            {
                pipeline.GetAwaiter().GetResult();
            }
            catch (Exception exception) when (!IsAbort(exception))
            {
                field.Error = exception;
            }
            Finish(field);
            return;
        }

        _running++;
        pipeline.AsTask().ContinueWith(static (task, state) =>
        {
            var field = (ResolverContext)state!;
            if (task.IsFaulted) field.Error = task.Exception!.InnerExceptions.Count == 1 ? task.Exception.InnerExceptions[0] : task.Exception;
            else if (task.IsCanceled) field.Error = new OperationCanceledException();
            var engine = field.Engine;
            engine._finished.Enqueue(field);
            engine.Wake();
        }, field, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    private void Finish(ResolverContext field)
    {
        if (IsDiscarded(field.ParentNode)) return;
        if (field.Error is { } error)
        {
            if (IsAbort(error)) throw error;
            HandleError(field, error);
            return;
        }
        CompleteValue(field, field.Selection.Type, field.Result, field.ParentNode, field.Slot, field.Path);
    }

    private bool IsAbort(Exception exception) =>
        exception is OperationCanceledException && _operation.CancellationToken.IsCancellationRequested;

    private void HandleError(ResolverContext field, Exception exception)
    {
        foreach (var error in ErrorFactory.FromException(exception, field)) _operation.AddError(error);
        SetNull(field.ParentNode, field.Slot, field.Selection.Type is NonNullType);
    }

    /// <summary>True when a null has already replaced this node or one of its ancestors: its work no longer shows.</summary>
    private static bool IsDiscarded(ResultNode? node)
    {
        for (; node is not null; node = node.Parent)
            if (node.IsInvalidated) return true;
        return false;
    }

    /// <summary>Writes null to a slot; a non-null slot instead makes its container null, and so on upwards (spec 6.4.4).</summary>
    private void SetNull(ResultNode container, int slot, bool slotIsNonNull)
    {
        if (!slotIsNonNull)
        {
            container.SetValue(slot, null);
            return;
        }
        for (var node = container; ; node = node.Parent!)
        {
            if (node.IsInvalidated) return;
            node.IsInvalidated = true;
            if (node.Parent is null)
            {
                _dataIsNull = true;
                return;
            }
            if (node.IsNullableSlot)
            {
                node.Parent.SetValue(node.ParentIndex, null);
                return;
            }
        }
    }
}
