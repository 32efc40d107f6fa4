using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PostCatalog.GraphQL.AspNetCore.Memory;
using PostCatalog.GraphQL.Execution.PersistedOperations;
using PostCatalog.GraphQL.AspNetCore.Requests;
using PostCatalog.GraphQL.AspNetCore.Responses;
using PostCatalog.GraphQL.AspNetCore.ServerSentEvents;
using PostCatalog.GraphQL.AspNetCore.Tool;
using PostCatalog.GraphQL.AspNetCore.WebSockets;
using PostCatalog.GraphQL.Execution;
using PostCatalog.GraphQL.Execution.Incremental;
using PostCatalog.GraphQL.Execution.Limits;

namespace PostCatalog.GraphQL.AspNetCore;

/// <summary>
/// The GraphQL endpoint (GraphQL over HTTP): POST with a JSON body and GET with query parameters, content negotiation,
/// persisted operations, and the IDE for browsers; on the same path, WebSockets (graphql-transport-ws) and event
/// streams (<c>Accept: text/event-stream</c>, graphql-sse). It only translates HTTP: which operation types a request
/// may run is said to the executor (<see cref="AllowedOperations"/>), which refuses the others. Clients get
/// spec-shaped errors, never an exception's details.
/// </summary>
public sealed partial class GraphQLHttpHandler(
    RequestExecutor executor,
    IOptions<GraphQLServerOptions> options,
    BananaCakePopFiles tool,
    SchemaDocument schemaDocument,
    MemoryReturner memory,
    GraphQLWebSockets webSockets,
    StreamingConnections streamingConnections,
    IOptions<SubscriptionOptions> subscriptions,
    ILogger<GraphQLHttpHandler> log)
{
    /// <summary>Request header that asks for the operation's cost (HotChocolate's name).</summary>
    public const string CostHeader = "GraphQL-Cost";

    private readonly GraphQLServerOptions _options = options.Value;

    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        if (context.WebSockets.IsWebSocketRequest)
        {
            await webSockets.AcceptAsync(context, CreateWebSocketOperation);
            return;
        }

        if (HttpMethods.IsGet(request.Method))
        {
            if (request.Query.ContainsKey("sdl"))
            {
                await schemaDocument.WriteOrNotFoundAsync(context);
                return;
            }
            if (tool.IsAvailable && BananaCakePopFiles.IsBrowserRequest(request))
            {
                // The IDE's files are relative to the page, so it must be served from "/graphql/".
                if (!request.Path.Value!.EndsWith('/'))
                {
                    context.Response.Redirect(request.PathBase + request.Path + "/" + request.QueryString);
                    return;
                }
                await tool.TryServeAsync(context, "");
                return;
            }
        }

        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsPost(request.Method))
        {
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            context.Response.Headers.Allow = _options.EnableGetRequests ? "GET, POST" : "POST";
            return;
        }

        // An event stream's request errors before the stream starts (an unreadable body) are answered as JSON; a client
        // that accepts only multipart/mixed gets its non-incremental answers (and errors) as application/json.
        var stream = EventStream.IsRequested(request.Headers.Accept);
        var negotiated = stream ? ResponseFormat.Json : ResponseFormats.Negotiate(request.Headers.Accept);
        if (negotiated is null && !Incremental.MultipartMixed.IsAccepted(request.Headers.Accept))
        {
            context.Response.StatusCode = StatusCodes.Status406NotAcceptable;
            return;
        }
        var format = negotiated ?? ResponseFormat.Json;

        try
        {
            if (stream) await StreamAsync(context);
            else await ExecuteAsync(context, format);
        }
        catch (RequestReadException ex)
        {
            log.ClientError(context.TraceIdentifier, ex.StatusCode, ex.Code, ex.Message);
            await GraphQLResponseWriter.WriteErrorAsync(context, ex.StatusCode, format, ex.Message, ex.Code);
        }
        catch (BadHttpRequestException ex)
        {
            // Kestrel could not read the body: the connection closed before Content-Length bytes came ("Unexpected
            // end of request content"), or the framing was broken. The client's doing, never a server fault; if the
            // connection is still there it gets a 400.
            log.Aborted(context.TraceIdentifier);
            if (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
            {
                try
                {
                    await GraphQLResponseWriter.WriteErrorAsync(context, ex.StatusCode, format, "The request body could not be read.", HttpErrorCodes.InvalidRequest);
                }
                catch (Exception)
                {
                    // The connection is gone after all: there is no one to answer.
                }
            }
        }
        catch (Exception) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away (cancelled, or the connection closed while we wrote): nothing to answer, nothing broken.
            log.Aborted(context.TraceIdentifier);
        }
        catch (Exception ex)
        {
            log.LogError(ex, "Unexpected error in GraphQL request {RequestId}", context.TraceIdentifier);
            await GraphQLResponseWriter.WriteErrorAsync(context, StatusCodes.Status500InternalServerError, format,
                $"Unexpected server error (request {context.TraceIdentifier}).", ErrorCodes.Unexpected);
        }
        finally
        {
            memory.NoteRequest(request.ContentLength ?? request.QueryString.Value?.Length ?? 0);
        }
    }

    private async Task ExecuteAsync(HttpContext context, ResponseFormat format)
    {
        var request = context.Request;
        var isGet = HttpMethods.IsGet(request.Method);
        if (isGet && !_options.EnableGetRequests)
            throw new RequestReadException("GET requests are turned off; send a POST.", HttpErrorCodes.InvalidRequest, 405);
        if (isGet && request.QueryString.Value?.Length > _options.MaxRequestBytes)
            throw new RequestReadException($"The GraphQL request is larger than the allowed {_options.MaxRequestBytes} bytes.", HttpErrorCodes.RequestTooLarge, 413);

        var post = isGet
            ? GraphQLHttpPost.Single(GraphQLRequestReader.ReadGet(request.Query))
            : await GraphQLRequestReader.ReadPostAsync(request, _options.MaxRequestBytes, _options.EnableBatching, _options.MaxBatchSize,
                context.RequestAborted);

        if (!post.IsBatch && Incremental.MultipartMixed.IsAccepted(request.Headers.Accept))
        {
            await ExecuteIncrementallyAsync(context, post.Requests[0], format, isGet);
            return;
        }

        if (!post.IsBatch)
        {
            var result = await ExecuteOneAsync(context, post.Requests[0], isGet);
            await GraphQLResponseWriter.WriteAsync(context, result, format, _options.GetCacheControl);
            return;
        }

        // A batch runs in order, one operation after another, and is answered with an array in the same order; each
        // entry carries its own errors, so the status is 200 (as Apollo's BatchHttpLink expects).
        var results = new List<ExecutionResult>(post.Requests.Count);
        foreach (var one in post.Requests)
        {
            try
            {
                results.Add(await ExecuteOneAsync(context, one, isGet: false));
            }
            catch (RequestReadException ex)
            {
                log.ClientError(context.TraceIdentifier, ex.StatusCode, ex.Code, ex.Message);
                results.Add(ExecutionResult.FromError(new Types.GraphQLError(ex.Message).WithCode(ex.Code)));
            }
        }
        await GraphQLResponseWriter.WriteBatchAsync(context, results, format);
    }

    private async Task<ExecutionResult> ExecuteOneAsync(HttpContext context, GraphQLHttpRequest http, bool isGet)
    {
        // GET must not change anything: only queries run. A plain POST cannot stream, so no subscriptions.
        var (operation, rejected) = PrepareOperation(context, http,
            isGet ? AllowedOperations.Query : AllowedOperations.Query | AllowedOperations.Mutation);
        if (operation is null) return rejected!;
        var result = await executor.ExecuteAsync(operation, context.RequestServices, context.RequestAborted);
        log.Outcome(result, context.TraceIdentifier);
        RefuseOverGet(context, result, isGet);
        return result;
    }

    /// <summary>GET must not change anything: the executor refused the operation's type, and HTTP says 405 with the method that works.</summary>
    private static void RefuseOverGet(HttpContext context, ExecutionResult result, bool isGet)
    {
        if (isGet && result.IsRequestError && result.Errors is [{ Code: ErrorCodes.OperationNotAllowed } refused])
        {
            context.Response.Headers.Allow = "POST";
            throw new RequestReadException(refused.Message, ErrorCodes.OperationNotAllowed, 405);
        }
    }

    /// <summary>
    /// An event stream (graphql-sse's distinct connections mode) for one request of any operation type (a GET: queries
    /// and subscriptions); errors of the GraphQL request come as its one <c>next</c> event.
    /// </summary>
    private async Task StreamAsync(HttpContext context)
    {
        var request = context.Request;
        var isGet = HttpMethods.IsGet(request.Method);
        var http = isGet
            ? GraphQLRequestReader.ReadGet(request.Query)
            : (await GraphQLRequestReader.ReadPostAsync(request, _options.MaxRequestBytes, allowBatch: false, 1, context.RequestAborted)).Requests[0];
        using var lease = streamingConnections.TryEnter(context) ?? throw new RequestReadException(
            $"This client holds {subscriptions.Value.MaxConnectionsPerClient} streaming connections already (GraphQL:Subscriptions:MaxConnectionsPerClient).",
            HttpErrorCodes.TooManyConnections, StatusCodes.Status429TooManyRequests);

        var (operation, rejected) = PrepareOperation(context, http,
            isGet ? AllowedOperations.Query | AllowedOperations.Subscription : AllowedOperations.All);
        // Each payload is one `next` event: a subscription's results, a query's @defer/@stream payloads, or its one result.
        var payloads = operation is null
            ? One(new IncrementalPayload { Initial = rejected })
            : Logged(executor.ExecuteEventStreamAsync(operation, context.RequestServices, context.RequestAborted), context.TraceIdentifier);
        await EventStream.WriteAsync(context, payloads, static (writer, payload) => payload.Write(writer), subscriptions.Value.KeepAliveInterval);
    }

    private async IAsyncEnumerable<IncrementalPayload> Logged(IAsyncEnumerable<IncrementalPayload> payloads, string requestId)
    {
        await foreach (var payload in payloads)
        {
            if (payload.Initial is { } result) log.Outcome(result, requestId);
            yield return payload;
        }
    }

    private static async IAsyncEnumerable<IncrementalPayload> One(IncrementalPayload payload)
    {
        await Task.CompletedTask;
        yield return payload;
    }

    /// <summary>A WebSocket's <c>subscribe</c> payload as an operation of any type; a problem with it is the operation's <c>error</c>.</summary>
    private OperationRequest CreateWebSocketOperation(HttpContext context, GraphQLHttpRequest http)
    {
        var (operation, rejected) = PrepareOperation(context, http, AllowedOperations.All);
        return operation ?? throw new RequestReadException(rejected!.Errors[0].Message, rejected.Errors[0].Code ?? HttpErrorCodes.InvalidRequest);
    }

    // The request as the executor takes it, or the answer when it cannot run (a persisted query that is not known); the one
    // path of every transport: persisted queries, trusted documents, the cost header, the operation types it allows.
    private (OperationRequest? Operation, ExecutionResult? Rejected) PrepareOperation(HttpContext context, GraphQLHttpRequest http,
        AllowedOperations allowed)
    {
        // An automatic persisted query's hash goes to the executor, which finds or stores its document.
        var hash = _options.PersistedOperations.EnableAutomaticPersistedQueries ? http.PersistedQueryHash : null;
        var query = http.Query;
        if (query is null && http.DocumentId is null && hash is null)
            throw new RequestReadException("The GraphQL request has no \"query\" (or persisted \"id\").", HttpErrorCodes.InvalidRequest);
        if (query is not null && _options.PersistedOperations.OnlyTrustedDocuments)
            throw new RequestReadException("Only trusted documents are accepted: send the operation's \"id\".", HttpErrorCodes.OnlyTrustedDocuments);

        var operation = new OperationRequest
        {
            Query = query,
            DocumentId = query is null && hash is null ? http.DocumentId : null,
            PersistedQueryHash = hash,
            OperationName = http.OperationName,
            Variables = http.Variables,
            Extensions = http.Extensions,
            AllowedOperations = allowed,
        };
        // HotChocolate's switch: "GraphQL-Cost: report" adds extensions.operationCost to the response.
        if (context.Request.Headers.TryGetValue(CostHeader, out var costMode) && costMode.Any(v => string.Equals(v, "report", StringComparison.OrdinalIgnoreCase)))
            operation.ContextData[CostRequestFlags.ReportCost] = true;
        return (operation, null);
    }

}
