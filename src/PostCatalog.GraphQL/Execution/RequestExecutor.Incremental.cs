using System.Runtime.CompilerServices;
using PostCatalog.GraphQL.Execution.Incremental;
using PostCatalog.GraphQL.Execution.Processing;
using PostCatalog.GraphQL.Types;

namespace PostCatalog.GraphQL.Execution;

public sealed partial class RequestExecutor
{
    /// <summary>
    /// Runs a request delivering <c>@defer</c> fragments and <c>@stream</c> items incrementally: the payloads of
    /// graphql-js 17's <c>experimentalExecuteIncrementally</c>, as a transport writes them (multipart/mixed, SSE). The
    /// first comes as soon as the non-deferred part is resolved; a request error, or a response with nothing deferred,
    /// is one payload. The whole stream shares the configured execution timeout: past it, what is still pending
    /// completes with the timeout error.
    /// </summary>
    public async IAsyncEnumerable<IncrementalPayload> ExecuteIncrementallyAsync(OperationRequest request,
        IServiceProvider? services = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var (prepared, rejected) = await PrepareAsync(request, cancellationToken).ConfigureAwait(false);
        if (prepared is null)
        {
            yield return new IncrementalPayload { Initial = rejected };
            yield break;
        }

        await foreach (var payload in DeliverIncrementallyAsync(prepared, request, services, cancellationToken).ConfigureAwait(false))
        {
            yield return payload;
        }
    }

    /// <summary>
    /// Any operation as the payloads of an event stream (Server-Sent Events): a subscription's results one per event,
    /// a query's or mutation's incremental payloads when it defers something, else its one result.
    /// </summary>
    public async IAsyncEnumerable<IncrementalPayload> ExecuteEventStreamAsync(OperationRequest request,
        IServiceProvider? services = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var (prepared, rejected) = await PrepareAsync(request, cancellationToken).ConfigureAwait(false);
        if (prepared is null)
        {
            yield return new IncrementalPayload { Initial = rejected };
            yield break;
        }

        var payloads = prepared.Operation.OperationType == Language.OperationType.Subscription
            ? SubscribeAsync(prepared, request, services, cancellationToken).Select(result => new IncrementalPayload { Initial = result })
            : DeliverIncrementallyAsync(prepared, request, services, cancellationToken);
        await foreach (var payload in payloads.ConfigureAwait(false))
        {
            yield return payload;
        }
    }

    private async IAsyncEnumerable<IncrementalPayload> DeliverIncrementallyAsync(PreparedOperation prepared, OperationRequest request,
        IServiceProvider? services, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Options.ExecutionTimeout);

        var context = new OperationContext(
            prepared.Operation.GetPlan(prepared.Variables, incremental: true),
            prepared.Variables,
            services ?? EmptyServiceProvider.Instance,
            request.ContextData,
            Options,
            RootValue,
            timeout.Token)
        {
            Incremental = new IncrementalCollector(),
        };

        var delivery = IncrementalDelivery.RunAsync(context, prepared.Extensions, TimedOut, cancellationToken);
        await foreach (var payload in delivery.ConfigureAwait(false)) yield return payload;
    }

    private GraphQLError TimedOut() => (new GraphQLError(
        $"The request exceeded the configured timeout of `{Options.ExecutionTimeout:c}`.").WithCode(ErrorCodes.Timeout));
}
