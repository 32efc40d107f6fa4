using System.Runtime.CompilerServices;
using PostCatalog.GraphQL.Execution.Processing;
using PostCatalog.GraphQL.Execution.Results;
using PostCatalog.GraphQL.Types;
using Path = PostCatalog.GraphQL.Types.Path;

namespace PostCatalog.GraphQL.Execution.Incremental;

/// <summary>
/// Runs an operation and delivers it in payloads (graphql-js 17's <c>experimentalExecuteIncrementally</c>): the
/// initial payload as soon as everything not deferred is resolved, announcing in <c>pending</c> each deferred fragment
/// (per object it applies to) and each stream; then one payload per round, each resolving every announced record
/// (its <c>incremental</c> data, then <c>completed</c>) and announcing the records those released (a nested
/// <c>@defer</c> comes after its parent's data). A fragment whose fields the parent payload already has is never
/// announced; a null reaching a fragment's root completes it with errors and drops what is nested in it.
/// </summary>
internal static class IncrementalDelivery
{
    /// <param name="initial">The request's context (its token carries the execution timeout).</param>
    /// <param name="timedOut">The error for what the timeout cut short.</param>
    /// <param name="requestAborted">The caller's own token: its cancellation is not a timeout.</param>
    public static async IAsyncEnumerable<IncrementalPayload> RunAsync(OperationContext initial,
        IReadOnlyDictionary<string, object?>? extensions, Func<GraphQLError> timedOut,
        [EnumeratorCancellation] CancellationToken requestAborted = default)
    {
        var collector = initial.Incremental!;
        ResultMap? data;
        try
        {
            data = await new ExecutionEngine(initial).ExecuteAsync().ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (initial.CancellationToken.IsCancellationRequested && !requestAborted.IsCancellationRequested)
        {
            data = null;
        }

        if (data is null && initial.CancellationToken.IsCancellationRequested && !requestAborted.IsCancellationRequested)
        {
            yield return new IncrementalPayload { Initial = ExecutionResult.FromError(timedOut()) };
            yield break;
        }

        var ids = 0;
        var pending = Release(collector, ref ids);
        var result = ExecutionResult.FromData(data, initial.Errors, extensions);
        yield return new IncrementalPayload
        {
            Initial = result,
            Pending = pending.Select(Announce).ToList(),
            HasNext = pending.Count > 0,
            IsIncremental = pending.Count > 0,
        };

        while (pending.Count > 0)
        {
            requestAborted.ThrowIfCancellationRequested();
            var incremental = new List<IncrementalResult>();
            var completed = new List<CompletedResult>();
            var cutShort = false;
            foreach (var record in pending)
            {
                try
                {
                    await DeliverAsync(initial, record, incremental, completed).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (initial.CancellationToken.IsCancellationRequested && !requestAborted.IsCancellationRequested)
                {
                    cutShort = true;
                    break;
                }
            }

            if (cutShort)
            {
                // Past the timeout: everything still pending completes with the error, and nothing more is released.
                completed.AddRange(pending.Where(record => !record.IsCompleted).Select(record => new CompletedResult(record.Id!, [timedOut()])));
                yield return new IncrementalPayload { Incremental = incremental, Completed = completed, IsIncremental = true };
                yield break;
            }

            pending = Release(collector, ref ids);
            yield return new IncrementalPayload
            {
                Pending = pending.Select(Announce).ToList(),
                Incremental = incremental,
                Completed = completed,
                HasNext = pending.Count > 0,
                IsIncremental = true,
            };
        }
    }

    private static async Task DeliverAsync(OperationContext initial, IncrementalRecord record,
        List<IncrementalResult> incremental, List<CompletedResult> completed)
    {
        var entries = new List<IncrementalResult>();
        var errors = new List<GraphQLError>();
        switch (record)
        {
            case DeferredFragmentRecord fragment:
                foreach (var task in fragment.Tasks)
                {
                    if (IncrementalRecord.IsDiscarded(task.Node)) continue;
                    var context = Fork(initial);
                    var data = await new ExecutionEngine(context).ExecuteDeferredAsync(task).ConfigureAwait(false);
                    if (data is null)
                    {
                        record.Failed = true;
                        errors.AddRange(context.Errors);
                        continue;
                    }

                    entries.Add(new IncrementalResult(record.Id!, data, false, SubPath(record.Path, task.Path), context.Errors));
                }

                break;
            case StreamRecord stream:
            {
                var context = Fork(initial);
                var items = await new ExecutionEngine(context).ExecuteStreamAsync(stream).ConfigureAwait(false);
                if (items is null)
                {
                    record.Failed = true;
                    errors.AddRange(context.Errors);
                }
                else
                {
                    entries.Add(new IncrementalResult(record.Id!, items, true, null, context.Errors));
                }

                break;
            }
        }

        record.IsCompleted = true;
        if (!record.Failed) incremental.AddRange(entries);
        completed.Add(new CompletedResult(record.Id!, record.Failed ? errors : null));
    }

    // The records that may be announced now, in the order met: not dropped, their parent delivered, and with
    // something to deliver. A fragment with nothing to deliver (its fields all came with the parent) waits while other
    // records are being delivered, since their fields may still add to it (a field two fragments share is resolved by
    // the first, and what the second adds below it becomes the second's); when nothing else is left, it completes
    // unannounced, and the fragments nested in it are released in its place.
    private static List<IncrementalRecord> Release(IncrementalCollector collector, ref int ids)
    {
        var released = new List<IncrementalRecord>();
        while (true)
        {
            var waiting = new List<IncrementalRecord>();
            foreach (var record in collector.Records)
            {
                if (record.Id is not null || record.IsCompleted || record.IsDropped) continue;
                if (record.Parent is { IsCompleted: false }) continue;
                if (record is DeferredFragmentRecord fragment && !fragment.Tasks.Exists(task => !IncrementalRecord.IsDiscarded(task.Node)))
                {
                    waiting.Add(record);
                    continue;
                }

                record.Id = (ids++).ToString(System.Globalization.CultureInfo.InvariantCulture);
                released.Add(record);
            }

            if (released.Count > 0 || waiting.Count == 0) return released;
            foreach (var record in waiting) record.IsCompleted = true;
        }
    }

    private static PendingResult Announce(IncrementalRecord record) => new(record.Id!, record.Path.ToList(), record.Label);

    // The path of the data below the record's own path, or null when they are the same.
    private static IReadOnlyList<object>? SubPath(Path recordPath, Path dataPath)
    {
        if (dataPath.Depth == recordPath.Depth) return null;
        return dataPath.ToList().Skip(recordPath.Depth).ToList();
    }

    // Each payload's work runs with its own errors (and DataLoader scope); everything else is the request's.
    private static OperationContext Fork(OperationContext initial) => new(
        initial.Plan, initial.Variables, initial.Services, initial.ContextData, initial.Options, initial.RootValue,
        initial.CancellationToken)
    {
        Incremental = initial.Incremental,
    };
}
