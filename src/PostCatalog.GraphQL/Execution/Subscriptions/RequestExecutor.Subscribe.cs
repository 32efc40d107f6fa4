using System.Runtime.CompilerServices;
using Microsoft.Extensions.DependencyInjection;
using PostCatalog.GraphQL.Execution.Processing;
using PostCatalog.GraphQL.Execution.Results;
using PostCatalog.GraphQL.Execution.Subscriptions;
using PostCatalog.GraphQL.Language;
using PostCatalog.GraphQL.Types;
using Path = PostCatalog.GraphQL.Types.Path;

namespace PostCatalog.GraphQL.Execution;

public sealed partial class RequestExecutor
{
    private int _activeSubscriptions;

    /// <summary>Subscriptions whose source stream is open right now (a leak shows as a count that does not come back).</summary>
    public int ActiveSubscriptions => Volatile.Read(ref _activeSubscriptions);

    /// <summary>
    /// Runs any operation as a stream of results, the entry point of the streaming transports. A subscription
    /// (spec 6.2.3) first creates its source stream (CreateSourceEventStream: the root field's
    /// <see cref="SubscribeResolver"/>), then executes the operation's selection set once per event with the event as
    /// the root value (MapSourceToResponseEvent), each under its own timeout, DataLoader scope and, when the services
    /// can make one, DI scope, with the limits and cost checked once before the stream opens. Other operations yield
    /// their one result. A request error (the first result has no data) or a failed or overflowing source stream
    /// yields one errors-only result and ends the stream. Cancelling or disposing the enumeration closes the source.
    /// </summary>
    public async IAsyncEnumerable<ExecutionResult> ExecuteStreamAsync(OperationRequest request, IServiceProvider? services = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var (prepared, rejected) = await PrepareAsync(request, cancellationToken).ConfigureAwait(false);
        if (prepared is null)
        {
            yield return rejected!;
            yield break;
        }

        await foreach (var result in SubscribeAsync(prepared, request, services, cancellationToken).ConfigureAwait(false))
        {
            yield return result;
        }
    }

    /// <summary>The prepared operation's results: a subscription's one per event, any other operation's one.</summary>
    private async IAsyncEnumerable<ExecutionResult> SubscribeAsync(PreparedOperation prepared, OperationRequest request,
        IServiceProvider? services, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (prepared.Operation.OperationType != OperationType.Subscription)
        {
            yield return await OffSynchronizationContext(
                () => ExecuteEventAsync(prepared, request, services, RootValue, cancellationToken), cancellationToken).ConfigureAwait(false);
            yield break;
        }

        var (source, sourceError) = CreateSourceEventStream(prepared, request, services, cancellationToken);
        if (source is null)
        {
            yield return sourceError!;
            yield break;
        }

        Interlocked.Increment(ref _activeSubscriptions);
        try
        {
            while (true)
            {
                var (hasEvent, message, streamError) = await NextEventAsync(source, prepared).ConfigureAwait(false);
                if (streamError is not null)
                {
                    yield return streamError;
                    yield break;
                }
                if (!hasEvent)
                {
                    yield break;
                }

                yield return await OffSynchronizationContext(
                    () => ExecuteEventAsync(prepared, request, services, message, cancellationToken),
                    cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            await source.DisposeAsync().ConfigureAwait(false);
            Interlocked.Decrement(ref _activeSubscriptions);
        }
    }

    private (IAsyncEnumerator<object?>? Source, ExecutionResult? Error) CreateSourceEventStream(PreparedOperation prepared,
        OperationRequest request, IServiceProvider? services, CancellationToken cancellationToken)
    {
        var plan = prepared.Operation.GetPlan(prepared.Variables);
        var root = plan.RootSelectionSet.Selections.FirstOrDefault(s => s.Kind != Planning.SelectionKind.TypeName);
        var context = new OperationContext(plan, prepared.Variables, services ?? EmptyServiceProvider.Instance,
            request.ContextData, Options, RootValue, cancellationToken);
        if (root is null || SubscriptionFieldExtensions.SourceStreamOf(root.Field) is not { } subscribe)
        {
            var name = root?.Field.Coordinate.ToString() ?? prepared.Operation.RootType.Name;
            return (null, ExecutionResult.FromError(new GraphQLError(
                $"{name} has no source stream: the schema gives this subscription field no Subscribe(...).",
                prepared.Operation.Definition.Location is { } at ? [new ErrorLocation(at.Line, at.Column)] : null)));
        }

        var field = new ResolverContext(context, root, plan.RootSelectionSet.Type, RootValue, new ResultMap(1), 0,
            Path.Root.Append(root.ResponseName)) { Engine = null! };
        try
        {
            field.Arguments = root.CoerceArguments(prepared.Variables);
            return (subscribe(field).GetAsyncEnumerator(cancellationToken), null);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return (null, ExecutionResult.FromErrors(ErrorFactory.FromException(exception, field)));
        }
    }

    /// <summary>The next event, or the end of the stream, or the error the source stream ended with (as a result).</summary>
    private static async Task<(bool HasEvent, object? Message, ExecutionResult? Error)> NextEventAsync(
        IAsyncEnumerator<object?> source, PreparedOperation prepared)
    {
        try
        {
            return await source.MoveNextAsync().ConfigureAwait(false) ? (true, source.Current, null) : (false, null, null);
        }
        catch (GraphQLException exception)
        {
            return (false, null, ExecutionResult.FromErrors(exception.Errors));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var path = prepared.Operation.Definition.SelectionSet.Selections.OfType<FieldNode>().FirstOrDefault() is { } field
                ? new object[] { field.Alias?.Value ?? field.Name.Value }
                : null;
            return (false, null, ExecutionResult.FromError(new GraphQLError(ErrorFactory.UnexpectedMessage, path: path, exception: exception)
                .WithCode(ErrorCodes.SubscriptionEnded)));
        }
    }

    /// <summary>Executes the selection set once with <paramref name="rootValue"/> (an event) as the root fields' parent.</summary>
    private async Task<ExecutionResult> ExecuteEventAsync(PreparedOperation prepared, OperationRequest request,
        IServiceProvider? services, object? rootValue, CancellationToken cancellationToken)
    {
        // Each event is its own unit of work: scoped services (a request's database contexts) live for one event,
        // not for the connection's lifetime.
        var scopes = services?.GetService<IServiceScopeFactory>();
        await using var scope = scopes?.CreateAsyncScope();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Options.ExecutionTimeout);
        var context = new OperationContext(prepared.Operation.GetPlan(prepared.Variables), prepared.Variables,
            scope?.ServiceProvider ?? services ?? EmptyServiceProvider.Instance, request.ContextData, Options, rootValue, timeout.Token);
        try
        {
            var data = await new ExecutionEngine(context).ExecuteAsync().ConfigureAwait(false);
            return ExecutionResult.FromData(data, context.Errors, prepared.Extensions);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return ExecutionResult.FromError(new GraphQLError(
                $"The request exceeded the configured timeout of `{Options.ExecutionTimeout:c}`.").WithCode(ErrorCodes.Timeout));
        }
    }

    private static Task<ExecutionResult> OffSynchronizationContext(Func<Task<ExecutionResult>> run, CancellationToken cancellationToken) =>
        SynchronizationContext.Current is null ? run() : Task.Run(run, cancellationToken);
}
